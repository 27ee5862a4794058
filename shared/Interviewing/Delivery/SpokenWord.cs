namespace MockInterview.Interviewing.Delivery;

/// <summary>One word of a spoken answer, as the speech recogniser heard it.</summary>
/// <param name="Text">The word.</param>
/// <param name="StartSeconds">Where it starts in the answer's audio.</param>
/// <param name="EndSeconds">Where it ends in the answer's audio.</param>
/// <param name="Confidence">The recogniser's confidence, 0 to 1.</param>
public sealed record SpokenWord(string Text, double StartSeconds, double EndSeconds, double Confidence);
