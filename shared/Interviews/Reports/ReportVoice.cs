namespace MockInterview.Interviews;

/// <summary>The voice side of a voice interview's report: when voice was down and which answers were typed because of it.</summary>
/// <param name="Requested">The mode asked for.</param>
/// <param name="Outages">When voice was unavailable, oldest first.</param>
/// <param name="SpokenAnswers">Report numbers of the answers given by voice.</param>
/// <param name="TypedWhileVoiceDown">Report numbers of the answers typed because voice was unavailable.</param>
/// <param name="TypedByChoice">Report numbers of the answers typed while voice worked.</param>
public sealed record ReportVoice(
    AnswerMode Requested,
    IReadOnlyList<ReportVoiceOutage> Outages,
    IReadOnlyList<int> SpokenAnswers,
    IReadOnlyList<int> TypedWhileVoiceDown,
    IReadOnlyList<int> TypedByChoice)
{
    internal static ReportVoice? From(VoiceState? voice, IReadOnlyList<ReportQuestion> questions)
    {
        if (voice is null)
        {
            return null;
        }

        var outages = new List<ReportVoiceOutage>();
        foreach (var change in voice.Changes)
        {
            if (change.To == AnswerMode.Text)
            {
                outages.Add(new ReportVoiceOutage(change.At, null, change.Reason));
            }
            else if (outages.Count > 0 && outages[^1].Until is null)
            {
                outages[^1] = outages[^1] with { Until = change.At };
            }
        }

        List<int> Numbers(AnsweredBy by) => questions.Where(q => q.AnsweredBy == by && q.Answer is not null).Select(q => q.Number).ToList();
        return new ReportVoice(voice.Requested, outages, Numbers(AnsweredBy.Spoken), Numbers(AnsweredBy.TypedWhileVoiceDown), Numbers(AnsweredBy.Typed));
    }
}
