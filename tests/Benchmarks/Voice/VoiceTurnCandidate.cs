using System.Diagnostics;

namespace MockInterview.Benchmarks.Voice;

/// <summary>The benchmark's candidate: answers each question in real time and times the turn that follows. In pieces
/// (the default) each piece is uploaded, without waiting for the previous one, at the moment the browser could have cut
/// it; when the answer audio ends, the candidate waits for the tokens still in flight and sends the tail with them.
/// With <c>--whole</c> the whole recording is sent once the answer ends. In both, the start of speech is reported when
/// the browser's detector would have heard it.</summary>
internal sealed class VoiceTurnCandidate(VoiceTurnClient client, bool whole)
{
    /// <summary>One interview: answers questions with <paramref name="answerFor"/>(turn index) until
    /// <paramref name="timings"/> holds <paramref name="needed"/> turns or the interview leaves its questions.</summary>
    public async Task RunInterviewAsync(Func<int, VoiceTurnAnswer> answerFor, List<VoiceTurnTiming> timings, int needed)
    {
        var (id, questionId) = await client.StartAsync();

        // The first question's audio is not part of a turn.
        await client.FetchAudioAsync(id, questionId);
        while (timings.Count < needed)
        {
            var answer = answerFor(timings.Count);
            var (timing, next) = await TurnAsync(id, questionId, answer);
            if (timing is null || next is null)
            {
                return;
            }

            timings.Add(timing);
            questionId = next;
        }

        await client.EndAsync(id);
    }

    private async Task<(VoiceTurnTiming? Timing, string? Next)> TurnAsync(string id, string questionId, VoiceTurnAnswer answer)
    {
        // The clock starts with the answer audio: nothing is sent before the candidate could have said it.
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task<(string Token, double AudioSeconds, double SttMs)>>();
        await WaitUntilAsync(clock, answer.SpeechStartSeconds);
        var speaking = client.ReportSpeakingAsync(id, questionId);
        if (!whole)
        {
            for (var k = 0; k < answer.Cuts.Count; k++)
            {
                var wav = answer.PieceWav(k);
                await WaitUntilAsync(clock, answer.Cuts[k].DecidedAtSeconds);
                inFlight.Add(client.PostPieceAsync(id, questionId, k, wav));
            }
        }

        var finalWav = whole ? answer.Wav : answer.TailWav();
        await WaitUntilAsync(clock, answer.Seconds);

        // The turn starts when the answer audio ends (a late timer counts against the turn, never for it).
        var end = answer.Seconds * 1000;
        await speaking;
        var heard = await Task.WhenAll(inFlight);
        var afterPieces = clock.Elapsed.TotalMilliseconds;
        var serverTiming = await client.PostAnswerAsync(id, questionId, finalWav, [.. heard.Select(h => h.Token)]);
        var afterPost = clock.Elapsed.TotalMilliseconds;
        var next = await client.WaitForNextQuestionAsync(id, questionId);
        var afterNext = clock.Elapsed.TotalMilliseconds;
        if (next is null)
        {
            return (null, null);
        }

        var cacheHit = await client.FetchAudioAsync(id, next);
        var afterAudio = clock.Elapsed.TotalMilliseconds;
        var stt = serverTiming.GetValueOrDefault("stt");
        var processing = serverTiming.GetValueOrDefault("answer");
        var timing = new VoiceTurnTiming(
            answer.Seconds,
            heard.Length,
            whole ? answer.Seconds : answer.TailSeconds,
            afterAudio - end,
            afterPieces - end,
            afterPost - afterPieces - stt - processing,
            stt,
            processing,
            afterNext - afterPost,
            afterAudio - afterNext,
            cacheHit,
            heard.Sum(h => h.SttMs),
            heard.Sum(h => h.AudioSeconds));
        return (timing, next);
    }

    private static async Task WaitUntilAsync(Stopwatch clock, double seconds)
    {
        // A timer may fire a little before the stopwatch reaches the time: wait again for the rest.
        for (var left = TimeSpan.FromSeconds(seconds) - clock.Elapsed; left > TimeSpan.Zero; left = TimeSpan.FromSeconds(seconds) - clock.Elapsed)
        {
            await Task.Delay(left < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : left);
        }
    }
}
