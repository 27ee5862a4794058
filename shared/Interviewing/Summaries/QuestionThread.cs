using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.Summaries;

/// <summary>A main question with its follow-ups, scored as one: follow-up answers blend into their parent.</summary>
internal sealed class QuestionThread(InterviewQuestion main)
{
    public InterviewQuestion Main { get; } = main;

    /// <summary>Turns of this thread with their evaluation; null evaluation = unanswered or timed out (scores 0).</summary>
    public List<(AnsweredTurn Turn, AnswerEvaluation? Evaluation)> Turns { get; } = [];

    // The main answer counts double: follow-ups refine it but should not outweigh it.
    public double Score => Blend(e => e.Score);

    public double Dimension(string name) => Blend(e => e.Dimensions.GetValueOrDefault(name));

    public bool Unanswered => Turns.Count == 0 || Turns.All(t => t.Evaluation is null || t.Evaluation.Flags.Any(f => f.Code == FlagCodes.Empty));

    private double Blend(Func<AnswerEvaluation, double> value)
    {
        if (Turns.Count == 0)
        {
            return 0;
        }

        double sum = 0, weight = 0;
        foreach (var (turn, evaluation) in Turns)
        {
            var w = turn.Question.IsFollowUp ? 1.0 : 2.0;
            sum += w * (evaluation is null ? 0 : value(evaluation));
            weight += w;
        }

        return sum / weight;
    }
}
