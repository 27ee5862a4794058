using MockInterview.Speech.Recognition;

namespace MockInterview.Speech.Worker;

/// <summary>Keeps results small: a result travels as one queue message (<see cref="Storage.Queues.IWorkQueue.MaxBodyChars"/>).</summary>
internal static class ResultSize
{
    /// <summary>Word times to the millisecond and confidences to three places: finer digits mean nothing and would
    /// double the size of a long answer's result.</summary>
    public static Transcript Compact(Transcript transcript) => transcript with
    {
        Words = transcript.Words.Select(w => w with
        {
            StartSeconds = Math.Round(w.StartSeconds, 3),
            EndSeconds = Math.Round(w.EndSeconds, 3),
            Confidence = Math.Round(w.Confidence, 3),
        }).ToList(),
        AudioSeconds = Math.Round(transcript.AudioSeconds, 3),
        ReceivedSeconds = Math.Round(transcript.ReceivedSeconds, 3),
    };
}
