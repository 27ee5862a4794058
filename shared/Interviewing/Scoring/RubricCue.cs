namespace MockInterview.Interviewing.Scoring;

/// <summary>What kind of content a rubric point asks for, when it asks for a story element rather than a topic word:
/// "States the outcome" is covered by any clear result, whatever words the candidate uses.</summary>
internal enum RubricCue
{
    None,
    Situation,
    OwnAction,
    Result,
    Reflection,
    Example,
}
