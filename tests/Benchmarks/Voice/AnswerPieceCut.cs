namespace MockInterview.Benchmarks.Voice;

/// <summary>One piece of an answer: samples [<paramref name="Start"/>, <paramref name="End"/>), uploaded when the
/// browser could first have cut it.</summary>
/// <param name="Start">First sample (the previous piece's end).</param>
/// <param name="End">One past the last sample.</param>
/// <param name="DecidedAtSeconds">Seconds from the start of the answer at which the cut is known (the end of the pause
/// frames that decided it), so the piece is not sent before it could have been.</param>
internal sealed record AnswerPieceCut(int Start, int End, double DecidedAtSeconds);
