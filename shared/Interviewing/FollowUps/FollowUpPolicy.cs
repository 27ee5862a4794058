using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.FollowUps;

/// <summary>Decides whether the last answer deserves a follow-up and which one: what a story is missing first
/// (result, own action), then a concrete example for vague answers, then the question's own prompts when time allows.</summary>
internal sealed class FollowUpPolicy(AnswerScorer scorer, QuestionBank bank)
{
    /// <summary>Below this, a targeted follow-up would eat the time of the remaining questions.</summary>
    public static readonly TimeSpan MinimumTimeForFollowUp = TimeSpan.FromSeconds(90);

    /// <summary>How long a main question takes without follow-ups, to keep time for the rest of the plan.</summary>
    public static readonly TimeSpan MainQuestionWithoutFollowUps = TimeSpan.FromMinutes(1.5);

    public InterviewQuestion? FollowUp(NextQuestionRequest request, int remainingPlanned)
    {
        var last = request.Turns[^1];
        if (last.TimedOut || string.IsNullOrWhiteSpace(last.Answer) || request.TimeLeft < MinimumTimeForFollowUp)
        {
            return null;
        }

        var parentId = last.Question.IsFollowUp ? last.Question.ParentQuestionId ?? last.Question.Id : last.Question.Id;
        var thread = request.Turns.Where(t => t.Question.Id == parentId || (t.Question.IsFollowUp && t.Question.ParentQuestionId == parentId)).ToList();
        var asked = thread.Where(t => t.Question.IsFollowUp).Select(t => t.Question.Text).ToHashSet(StringComparer.Ordinal);
        if (asked.Count >= request.MaxFollowUpsPerQuestion)
        {
            return null;
        }

        var parent = thread.FirstOrDefault(t => !t.Question.IsFollowUp)?.Question ?? last.Question;
        var bankQuestion = bank.Find(parentId);
        var category = bankQuestion?.Category ?? parent.Category.ToLowerInvariant();
        if (category == QuestionCategories.Closing)
        {
            return null;
        }

        var answer = scorer.Analyze(last.Answer);
        // Digging into noise or a copy of an earlier answer wastes the candidate's time; an off-topic answer still gets
        // the "concrete example" prompt, which steers back to the question.
        if (FlagDetector.IsGibberish(answer) || answer.InjectionPhrases.Count > 0 || HasFlag(last, FlagCodes.Repeated))
        {
            return null;
        }

        var story = scorer.Analyze(string.Join("\n", thread.Select(t => t.Answer ?? string.Empty)));
        var kind = Targeted(answer, story, category).FirstOrDefault(k => !asked.Contains(k.Text));
        if (kind is not null)
        {
            return Build(parentId, parent, asked.Count + 1, kind.Text, kind.Rubric, kind.Rationale);
        }

        var spare = request.TimeLeft - (remainingPlanned * MainQuestionWithoutFollowUps) - TimeSpan.FromMinutes(1);
        var prompt = bankQuestion?.FollowUps.FirstOrDefault(p => !asked.Contains(p));
        return prompt is not null && spare > TimeSpan.Zero
            ? Build(parentId, parent, asked.Count + 1, prompt, parent.RubricPoints, "Digs deeper into your answer.")
            : null;
    }

    private static IEnumerable<FollowUpKind> Targeted(AnswerFeatures answer, AnswerFeatures story, string category)
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

        if (IsVague(answer, category))
        {
            yield return FollowUpKind.Example;
        }
    }

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

    private static bool HasFlag(AnsweredTurn turn, string code) =>
        turn.Evaluation?.Flags.Any(f => f.Code == code) == true;

    private static InterviewQuestion Build(string parentId, InterviewQuestion parent, int n, string text, IReadOnlyList<string> rubric, string rationale) =>
        new($"{parentId}-f{n}", text, parent.Category, IsFollowUp: true, ParentQuestionId: parentId, rubric, rationale);
}
