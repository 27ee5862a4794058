using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.FollowUps;

/// <summary>Decides whether the last answer deserves a follow-up and which one. In order: a buzzword list is asked to
/// unpack one tool; a story missing its result or the candidate's own part is asked for it; an on-topic but shallow
/// technical answer is probed on the most important rubric point it missed; a vague answer is asked for a concrete
/// example; then, when time is to spare, the question's own prepared follow-ups (preferring one aimed at a missed point).</summary>
/// <remarks>Never more than the configured number per question, never the same sentence twice in an interview, never
/// after an empty, timed-out, gibberish, prompt-injection or repeated answer, and never at the cost of the time the rest
/// of the plan needs.</remarks>
internal sealed class FollowUpPolicy(AnswerScorer scorer, QuestionBank bank)
{
    /// <summary>Below this, a targeted follow-up would eat the time of the remaining questions.</summary>
    public static readonly TimeSpan MinimumTimeForFollowUp = TimeSpan.FromSeconds(90);

    /// <summary>How long a main question takes without follow-ups, to keep time for the rest of the plan.</summary>
    public static readonly TimeSpan MainQuestionWithoutFollowUps = TimeSpan.FromMinutes(1.5);

    /// <summary>Time to spare, beyond what the rest of the plan needs, before an untargeted (prepared) follow-up is asked.</summary>
    public static readonly TimeSpan SpareForPreparedFollowUp = TimeSpan.FromMinutes(1);

    public InterviewQuestion? FollowUp(NextQuestionRequest request, int remainingPlanned)
    {
        var last = request.Turns[^1];
        if (last.TimedOut || string.IsNullOrWhiteSpace(last.Answer) || request.TimeLeft < MinimumTimeForFollowUp)
        {
            return null;
        }

        // Targeted follow-ups may use the time beyond what the remaining planned questions need, nothing more.
        var spare = request.TimeLeft - (remainingPlanned * MainQuestionWithoutFollowUps);
        if (spare < TimeSpan.Zero)
        {
            return null;
        }

        var parentId = last.Question.IsFollowUp ? last.Question.ParentQuestionId ?? last.Question.Id : last.Question.Id;
        var thread = request.Turns.Where(t => t.Question.Id == parentId || (t.Question.IsFollowUp && t.Question.ParentQuestionId == parentId)).ToList();
        var threadFollowUps = thread.Where(t => t.Question.IsFollowUp).Select(t => t.Question.Text).ToList();
        if (threadFollowUps.Count >= request.MaxFollowUpsPerQuestion)
        {
            return null;
        }

        var parent = thread.FirstOrDefault(t => !t.Question.IsFollowUp)?.Question ?? last.Question;
        var bankQuestion = bank.Find(parentId);
        // The scorer's context: the same category (bank entry, else read from the wording) the answer was scored by.
        var context = scorer.Context(parent);
        var category = context.Category;
        if (category == QuestionCategories.Closing)
        {
            return null;
        }

        var answer = scorer.Analyze(last.Answer);
        // Digging into noise, text aimed at the grader or a copy of an earlier answer wastes the candidate's time; an
        // off-topic answer still gets the "concrete example" prompt, which steers back to the question.
        if (FlagDetector.IsGibberish(answer) || answer.InjectionPhrases.Count > 0 || IsRepeat(request.Turns, last, answer))
        {
            return null;
        }

        var askedInInterview = request.Turns.Where(t => t.Question.IsFollowUp).Select(t => t.Question.Text).ToHashSet(StringComparer.Ordinal);
        var story = scorer.Analyze(string.Join("\n", thread.Select(t => t.Answer ?? string.Empty)));
        var dims = DimensionScorer.Score(story, context, bank.TagStems);
        var probed = context.Rubric.Where(p => threadFollowUps.Any(t => t.StartsWith(RubricPhrasing.Statement(p.Text), StringComparison.Ordinal)))
            .Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        var n = threadFollowUps.Count + 1;

        foreach (var step in Steps(answer, story, dims, context, category))
        {
            if (step is { } kind)
            {
                if (!kind.WasAsked(threadFollowUps) && kind.Unused(askedInInterview) is { } text)
                {
                    return Build(parentId, parent, n, text, kind.Rubric, kind.Rationale);
                }
            }
            else if (RubricProbe.For(dims.Missed, bankQuestion, parent.Text, probed, askedInInterview) is { } probe)
            {
                return Build(parentId, parent, n, probe.Text, [probe.Point], probe.Rationale);
            }
        }

        return spare >= SpareForPreparedFollowUp ? Prepared(parentId, parent, n, bankQuestion, dims, askedInInterview) : null;
    }

    /// <summary>The follow-ups worth asking, most important first; null stands for the rubric probe.</summary>
    private static IEnumerable<FollowUpKind?> Steps(AnswerFeatures answer, AnswerFeatures story, DimensionScores dims, QuestionContext context, string category)
    {
        if (FlagDetector.IsKeywordStuffed(answer))
        {
            yield return FollowUpKind.Unpack;
        }

        if (category == QuestionCategories.Behavioral)
        {
            if (!story.HasResult)
            {
                yield return FollowUpKind.Result;
            }

            if (story.OwnActions == 0)
            {
                yield return FollowUpKind.OwnAction;
            }
        }

        var shallowTechnical = category == QuestionCategories.Technical && IsShallow(dims, context);
        var onTopic = dims.Covered.Count > 0 || dims.TopicOrDomainMatched >= 2;
        if (shallowTechnical && onTopic)
        {
            yield return null;
        }

        if (IsVague(answer, category))
        {
            yield return FollowUpKind.Example;
        }

        if (shallowTechnical)
        {
            yield return null;
        }
    }

    /// <summary>A technical answer that misses half its rubric or stays at the surface (little reasoning or domain depth).</summary>
    internal static bool IsShallow(DimensionScores dims, QuestionContext context) =>
        context.Rubric.Count > 0 && dims.Missed.Count > 0 && (dims.Missed.Count * 2 >= context.Rubric.Count || dims.Depth < 5);

    /// <summary>Short, or general talk with nothing concrete in it (no number, name or example).</summary>
    internal static bool IsVague(AnswerFeatures answer, string category)
    {
        if (category == QuestionCategories.Introduction)
        {
            return answer.WordCount < 25;
        }

        var concrete = answer.Numbers + answer.NamedThings + answer.Examples;
        return answer.WordCount < 40 || concrete == 0 || (answer.Hedges >= 2 && concrete <= 1);
    }

    /// <summary>One of the question's prepared follow-ups: the one aimed at a missed rubric point if there is one,
    /// otherwise the first not yet asked.</summary>
    private static InterviewQuestion? Prepared(string parentId, InterviewQuestion parent, int n, BankQuestion? bankQuestion, DimensionScores dims, IReadOnlySet<string> asked)
    {
        if (bankQuestion is null)
        {
            return null;
        }

        foreach (var point in dims.Missed)
        {
            if (RubricProbe.BankFollowUpFor(point, bankQuestion, parent.Text, asked) is { } aimed)
            {
                return Build(parentId, parent, n, aimed, [point.Text],
                    $"Your answer did not get to \"{RubricPhrasing.Clean(point.Text)}\", so the interviewer asks one of this question's prepared follow-ups about it.");
            }
        }

        var prompt = bankQuestion.FollowUps.FirstOrDefault(p => !asked.Any(a => a.Contains(p, StringComparison.Ordinal)));
        return prompt is null ? null
            : Build(parentId, parent, n, prompt, parent.RubricPoints, "Your answer covered the main points, so the interviewer digs deeper with one of this question's prepared follow-ups.");
    }

    private static bool IsRepeat(IReadOnlyList<AnsweredTurn> turns, AnsweredTurn last, AnswerFeatures answer)
    {
        if (last.Evaluation is { } evaluation)
        {
            return evaluation.Flags.Any(f => f.Code == FlagCodes.Repeated);
        }

        var earlier = turns.Take(turns.Count - 1).Select(t => t.Answer ?? string.Empty).ToList();
        return FlagDetector.IsRepeat(answer, earlier);
    }

    private static InterviewQuestion Build(string parentId, InterviewQuestion parent, int n, string text, IReadOnlyList<string> rubric, string rationale) =>
        new($"{parentId}-f{n}", text, parent.Category, IsFollowUp: true, ParentQuestionId: parentId, rubric, rationale);
}
