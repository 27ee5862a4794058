using System.Text.Json;

namespace MockInterview.Browser.Tests.Voice;

/// <summary>The contract's cutting rule as voice.js implements it, on synthetic level sequences evaluated in Chromium.
/// Levels are RMS per 20 ms frame: 0.001 is a quiet room, 0.3 speech.</summary>
public sealed class PieceCutterTests(VoiceLogicFixture fixture) : IClassFixture<VoiceLogicFixture>
{
    // Runs the detector and the cutter over runs of [seconds, level]; returns the cuts (sample positions).
    private const string CutScript = """
        (runs) => {
          const { VoiceActivity, PieceCutter, FRAME_SECONDS } = window.MockInterviewVoice.internals;
          const activity = new VoiceActivity();
          const cutter = new PieceCutter();
          const cuts = [];
          for (const [seconds, level] of runs) {
            for (let i = 0; i < Math.round(seconds / FRAME_SECONDS); i++) {
              activity.push(level);
              const at = cutter.push(level, activity.quietRun, activity.spoke);
              if (at != null) cuts.push(at);
            }
          }
          return cuts;
        }
        """;

    private const double Quiet = 0.001;
    private const double Speech = 0.3;
    private const int Rate = 16_000;

    [Fact]
    public async Task Cut_PauseBeforeMinPiece_NoCutUntilALaterPause()
    {
        // Room 0.2 s, speech 0.6 s, pause 0.5 s (0.8 s after the start: too early), speech 1 s, pause 0.5 s at 2.3 s.
        var cuts = await CutsAsync([[0.2, Quiet], [0.6, Speech], [0.5, Quiet], [1.0, Speech], [0.5, Quiet], [0.6, Speech]]);

        var pauseStart = (int)(2.3 * Rate);
        Assert.Equal([pauseStart + (18 * 320 / 2)], cuts);
    }

    [Fact]
    public async Task Cut_PauseShorterThanPiecePause_NoCut()
    {
        // 17 quiet frames (0.34 s) is under PIECE_PAUSE; 18 (0.36 s) is the first length at least 0.35 s.
        var shortPause = await CutsAsync([[0.2, Quiet], [2.0, Speech], [0.34, Quiet], [2.0, Speech]]);
        var longPause = await CutsAsync([[0.2, Quiet], [2.0, Speech], [0.36, Quiet], [2.0, Speech]]);

        Assert.Empty(shortPause);
        var cut = Assert.Single(longPause);
        Assert.InRange(cut, 2.2 * Rate, 2.56 * Rate);
        Assert.Equal((int)(2.2 * Rate) + (18 * 320 / 2), cut);
    }

    [Fact]
    public async Task Cut_ThinkingBeforeFirstWord_StaysInFirstPiece()
    {
        // Five seconds of silence before the first word is thinking time: no cut in it, however long.
        var cuts = await CutsAsync([[5.0, Quiet], [1.5, Speech], [0.5, Quiet], [1.0, Speech]]);

        var cut = Assert.Single(cuts);
        Assert.Equal((int)(6.5 * Rate) + (18 * 320 / 2), cut);
    }

    [Fact]
    public async Task Cut_NoPauseForMaxPiece_CutsAtQuietestFrameOfLastSecond()
    {
        // 20 s of speech without a pause; one softer (still speech) frame 14.5 s in is the quietest of the 15th second.
        var cuts = await CutsAsync([[0.2, Quiet], [14.5, Speech], [0.02, 0.15], [5.48, Speech]]);

        Assert.NotEmpty(cuts);
        Assert.Equal((int)(14.7 * Rate) + 160, cuts[0]);
        Assert.All(cuts.Zip(cuts.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 14 * Rate, 15 * Rate));
    }

    [Fact]
    public async Task Segmenter_SpeechWithPauses_PiecesContiguousAndWholeAnswerKept()
    {
        // Real samples through the segmenter in uneven chunks: 1 s of room noise, then sentences of a 220 Hz tone
        // separated by 0.6 s pauses. Every piece starts where the previous one ended and the pieces plus the tail are
        // exactly the answer.
        var result = await fixture.Page.EvaluateAsync<JsonElement>("""
            () => {
              const { AnswerSegmenter, RATE } = window.MockInterviewVoice.internals;
              const pieces = [];
              let ended = null;
              let started = 0;
              const segmenter = new AnswerSegmenter({
                silenceSeconds: 2,
                onPiece: (piece) => pieces.push(piece),
                onSpeechStart: () => started++,
                onEnd: (reason) => { ended = reason; },
              });
              const parts = [[1, 0], [2, 0.4], [0.6, 0], [1.5, 0.4], [0.6, 0], [2.5, 0.4], [3, 0]];
              const all = [];
              let seed = 7;
              for (const [seconds, amplitude] of parts) {
                for (let i = 0; i < seconds * RATE; i++) {
                  seed = (seed * 1103515245 + 12345) % 2147483648;
                  const noise = (seed / 2147483648 - 0.5) * 0.002;
                  all.push(amplitude * Math.sin(2 * Math.PI * 220 * all.length / RATE) + noise);
                }
              }
              const samples = Float32Array.from(all);
              for (let i = 0, size = 97; i < samples.length; i += size, size = size === 97 ? 1531 : 97) {
                segmenter.push(samples.subarray(i, i + size));
              }
              const whole = segmenter.pcm.slice();
              let contiguous = true;
              let expectedStart = 0;
              let same = true;
              for (const piece of pieces) {
                contiguous &&= piece.start === expectedStart && piece.samples.length === piece.end - piece.start;
                for (let i = 0; i < piece.samples.length; i++) same &&= piece.samples[i] === samples[piece.start + i];
                expectedStart = piece.end;
              }
              return {
                indices: pieces.map((piece) => piece.index), ends: pieces.map((piece) => piece.end),
                contiguous, same, ended, started, tailStart: segmenter.lastCut, kept: whole.length,
                keptSame: whole.every((value, i) => value === samples[i]), total: samples.length,
              };
            }
            """);

        Assert.Equal([0, 1, 2], result.GetProperty("indices").EnumerateArray().Select(e => e.GetInt32()));
        Assert.True(result.GetProperty("contiguous").GetBoolean());
        Assert.True(result.GetProperty("same").GetBoolean());
        Assert.True(result.GetProperty("keptSame").GetBoolean());
        var ends = result.GetProperty("ends").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.InRange(ends[0], 3.0 * Rate, 3.6 * Rate);   // in the first pause
        Assert.InRange(ends[1], 5.1 * Rate, 5.7 * Rate);   // in the second
        Assert.InRange(ends[2], 8.2 * Rate, 8.56 * Rate);  // in the final silence: the tail is only silence
        Assert.Equal(ends[2], result.GetProperty("tailStart").GetInt32());
        Assert.Equal(1, result.GetProperty("started").GetInt32());
        Assert.Equal("silence", result.GetProperty("ended").GetString());
        // The end came 2 s into the last silence (8.2 s), before the recording ran out (11.2 s); nothing after it is kept.
        Assert.InRange(result.GetProperty("kept").GetInt32(), 10.1 * Rate, 10.3 * Rate);
    }

    [Fact]
    public async Task Segmenter_SilenceBeforeFirstWord_NeverEndsTheAnswer()
    {
        var ended = await fixture.Page.EvaluateAsync<bool>("""
            () => {
              const { AnswerSegmenter, RATE } = window.MockInterviewVoice.internals;
              let ended = false;
              const segmenter = new AnswerSegmenter({ silenceSeconds: 1, onEnd: () => { ended = true; } });
              segmenter.push(new Float32Array(RATE * 10));
              return ended;
            }
            """);

        Assert.False(ended);
    }

    private async Task<int[]> CutsAsync(double[][] runs) =>
        await fixture.Page.EvaluateAsync<int[]>(CutScript, runs);
}
