using MockInterview.Speech.Recognition;

namespace MockInterview.Functions.Voice;

/// <summary>Puts an answer sent in pieces back together: the pieces' transcripts and the tail's in order, each word moved
/// by the length of the audio before its piece (pieces are contiguous, so that is where it was said).</summary>
internal static class AnswerPieceMerge
{
    /// <summary>One transcript of <paramref name="pieces"/> followed by <paramref name="tail"/>; its audio length is
    /// theirs added up, its engine the tail's.</summary>
    public static Transcript Merge(IReadOnlyList<Transcript> pieces, Transcript tail)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(tail);
        var words = new List<TranscribedWord>();
        var offset = 0.0;
        for (var i = 0; i <= pieces.Count; i++)
        {
            var part = i < pieces.Count ? pieces[i] : tail;
            foreach (var word in part.Words)
            {
                // Keep the sequence in order even when an engine puts a word a frame past its piece's end.
                var earliest = words.Count > 0 ? words[^1].EndSeconds : 0;
                var start = Math.Max(earliest, Math.Round(offset + word.StartSeconds, 3));
                var end = Math.Max(start, Math.Round(offset + word.EndSeconds, 3));
                words.Add(word with { StartSeconds = start, EndSeconds = end });
            }

            if (i < pieces.Count)
            {
                offset += part.AudioSeconds;
            }
        }

        var before = Math.Round(offset, 3);
        return new Transcript(
            string.Join(' ', words.Select(w => w.Text)),
            words,
            Math.Round(before + tail.AudioSeconds, 3),
            Math.Round(before + tail.ReceivedSeconds, 3),
            tail.EndedBySilence,
            tail.Engine);
    }
}
