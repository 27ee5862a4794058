using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.Summaries;

/// <summary>Builds the end-of-interview summary: honest overall score, per-dimension means, strengths and
/// improvements quoted from the candidate's own answers, and what the interviewer says at the end.</summary>
internal sealed class SummaryWriter(AnswerScorer scorer)
{
    /// <summary>A dimension mean at or above this is a strength; below it, a candidate improvement.</summary>
    public const double StrengthThreshold = 6.0;

    public InterviewSummary Summarize(SummaryRequest request)
    {
        var threads = Threads(request);
        var overall = threads.Count == 0 ? 0 : threads.Average(t => t.Score);
        var dimensions = ScoreDimensions.All.ToDictionary(
            d => d, d => DimensionScores.Round(threads.Count == 0 ? 0 : threads.Average(t => t.Dimension(d))), StringComparer.Ordinal);
        var highlights = new HighlightPicker(scorer, threads);
        var strengths = highlights.Strengths(dimensions);
        var improvements = highlights.Improvements(dimensions);
        var narrative = NarrativeWriter.Write(request.Candidate.Name, DimensionScores.Round(overall), threads, strengths, improvements);
        return new InterviewSummary(DimensionScores.Round(overall), dimensions, strengths, improvements, narrative, AnswerScorer.Source);
    }

    private List<QuestionThread> Threads(SummaryRequest request)
    {
        var threads = new List<QuestionThread>();
        var byId = new Dictionary<string, QuestionThread>(StringComparer.Ordinal);
        var earlier = new List<string>();
        foreach (var turn in request.Turns)
        {
            var key = turn.Question.IsFollowUp ? turn.Question.ParentQuestionId ?? turn.Question.Id : turn.Question.Id;
            if (!byId.TryGetValue(key, out var thread))
            {
                thread = new QuestionThread(turn.Question);
                byId[key] = thread;
                threads.Add(thread);
            }

            var answered = !turn.TimedOut && !string.IsNullOrWhiteSpace(turn.Answer);
            var evaluation = !answered ? null : turn.Evaluation ?? scorer.Evaluate(new EvaluationRequest(request.Mode, turn.Question, turn.Answer!, earlier.ToList()));
            thread.Turns.Add((turn, evaluation));
            if (answered)
            {
                earlier.Add(turn.Answer!);
            }
        }

        return threads;
    }
}
