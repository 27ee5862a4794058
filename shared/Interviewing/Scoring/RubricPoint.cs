using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Scoring;

/// <summary>One rubric point: its content word stems and, for story elements, the cue that also covers it.</summary>
internal sealed record RubricPoint(string Text, IReadOnlySet<string> Stems, RubricCue Cue)
{
    public static RubricPoint Parse(string text) => new(text, TextTokens.ContentStems(text), RubricCues.Of(text));

    /// <summary>Covered by the answer's words; longer points need two matching words, so one generic word is not enough.</summary>
    public bool IsCoveredByWords(IReadOnlySet<string> answerStems) =>
        Stems.Count > 0 && Stems.Count(answerStems.Contains) >= (Stems.Count >= 4 ? 2 : 1);

    /// <summary>Covered by words or by the story element the point asks for.</summary>
    public bool IsCoveredBy(AnswerFeatures answer) => IsCoveredByWords(answer.ContentStems) || RubricCues.IsMet(Cue, answer);
}
