using System.Text.RegularExpressions;
using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Recognises <see cref="RubricCue"/>s in rubric text and checks them against an answer.</summary>
internal static partial class RubricCues
{
    public static RubricCue Of(string rubricPoint) => rubricPoint switch
    {
        _ when ResultPattern().IsMatch(rubricPoint) => RubricCue.Result,
        _ when ActionPattern().IsMatch(rubricPoint) => RubricCue.OwnAction,
        _ when ReflectionPattern().IsMatch(rubricPoint) => RubricCue.Reflection,
        _ when SituationPattern().IsMatch(rubricPoint) => RubricCue.Situation,
        _ when ExamplePattern().IsMatch(rubricPoint) => RubricCue.Example,
        _ => RubricCue.None,
    };

    public static bool IsMet(RubricCue cue, AnswerFeatures f) => cue switch
    {
        RubricCue.Situation => f.HasSituation || f.HasTask,
        RubricCue.OwnAction => f.OwnActions > 0,
        RubricCue.Result => f.HasResult && (f.Outcomes > 0 || f.Numbers > 0 || f.ResultSentences > 0),
        RubricCue.Reflection => f.Reflection > 0,
        RubricCue.Example => f.Examples > 0 || (f.HasSituation && f.OwnActions > 0),
        _ => false,
    };

    [GeneratedRegex(@"\b(outcome|result|impact|quantif|measurable|improvement)", RegexOptions.IgnoreCase)]
    private static partial Regex ResultPattern();

    [GeneratedRegex(@"\b(own (actions?|contribution|part)|their actions|what they did|steps they|personally)", RegexOptions.IgnoreCase)]
    private static partial Regex ActionPattern();

    [GeneratedRegex(@"\b(learn|lesson|differently|changed afterwards|prevent)", RegexOptions.IgnoreCase)]
    private static partial Regex ReflectionPattern();

    [GeneratedRegex(@"\b(situation|what was at stake|context|starting point)", RegexOptions.IgnoreCase)]
    private static partial Regex SituationPattern();

    [GeneratedRegex(@"\bexample\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExamplePattern();
}
