using MockInterview.Interviewing.Scoring;

namespace MockInterview.Interviewing.Delivery;

/// <summary>What the offline scorer says about a spoken answer's delivery, for a brain that grades the transcript some
/// other way (an LLM reads the words but cannot hear the pace, pauses or fillers).</summary>
public static class DeliveryFeedback
{
    /// <summary>The sentences on pace, pauses and fillers the offline scorer gives for <paramref name="delivery"/>.</summary>
    public static IReadOnlyList<string> Reasons(SpeechDelivery delivery) => DeliveryBands.Reasons(delivery).ToList();

    /// <summary>"The transcript may be imperfect…" when the recogniser was unsure of the words; null otherwise.</summary>
    public static string? Caveat(SpeechDelivery delivery) => DeliveryBands.Caveat(delivery);
}
