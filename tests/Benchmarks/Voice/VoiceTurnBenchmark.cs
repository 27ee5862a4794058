using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MockInterview.Benchmarks.Voice;

/// <summary><c>./run.sh bench voice</c>: the voice turn, from the end of the candidate's answer audio (its upload) to
/// the interviewer's next question audio being served, through the real HTTP pipeline, the in-process speech worker
/// (pocketsphinx, flite) and the offline brain (no LLM time). Answers are flite-spoken, 5–15 s long. Prints p50/p95 of
/// the turn and its phases; exits 1 when a turn fails or the p50 misses 800 ms.</summary>
public static class VoiceTurnBenchmark
{
    /// <summary>How to call it.</summary>
    public const string Usage = "usage: ./run.sh bench voice [--turns 30] [--warm-up 3]";

    private const double TargetP50Ms = 800;
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    // Answers of about 5, 8, 11 and 14 seconds in flite's voice.
    private static readonly string[] AnswerTexts =
    [
        "I would start by asking the team what they need and then agree on a plan.",
        "In my last role I owned the payments service. I added tracing and alerts, and the number of incidents went down a lot.",
        "We had a deadline that we could not meet. I told my manager early, we cut two features, and we shipped the rest on time. The customer was happy with that.",
        "The hardest bug I fixed was a race in our cache. Two requests could write at once and one of them was lost. I wrote a test that showed it, added a version check, and explained the fix to the team so it would not happen again.",
    ];

    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var turns = 30;
        var warmUp = 3;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value < (args[i] == "--warm-up" ? 0 : 1)
                || args[i] is not ("--turns" or "--warm-up"))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            (turns, warmUp) = args[i] == "--turns" ? (value, warmUp) : (turns, value);
        }

        var answers = new List<(byte[] Wav, double Seconds)>();
        foreach (var text in AnswerTexts)
        {
            answers.Add(await VoiceTurnAudio.SpeakAsync(text));
        }

        Console.WriteLine($"Voice turn benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, offline brain, in-process speech worker; " +
            $"answers of {string.Join(", ", answers.Select(a => a.Seconds.ToString("0.0", CultureInfo.InvariantCulture)))} s (flite WAV).");

        await using var host = new VoiceTurnHost();
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Add("X-User-Id", "bench-voice");

        // The in-process worker checks its engines before its first heartbeat (a few seconds); until then voice is down.
        var startup = Stopwatch.StartNew();
        if (!await host.WaitForWorkerAsync(TimeSpan.FromSeconds(120)))
        {
            Console.Error.WriteLine("The in-process speech worker sent no heartbeat within 120 s.");
            return 1;
        }

        Console.WriteLine($"Speech worker ready {startup.Elapsed.TotalSeconds:0.0} s after the app started (engine checks).");
        var timings = new List<VoiceTurnTiming>();
        var failures = 0;
        var interviews = 0;
        while (timings.Count < warmUp + turns && failures < 5)
        {
            interviews++;
            try
            {
                await RunInterviewAsync(http, answers, timings, warmUp + turns);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException or InvalidOperationException)
            {
                failures++;
                Console.Error.WriteLine($"Interview {interviews} failed: {ex.Message}");
            }
        }

        var measured = timings.Skip(warmUp).ToList();
        VoiceTurnReport.Print(measured, interviews, TargetP50Ms);
        var p50 = new Percentiles(measured.Select(t => t.Total)).P50;
        return failures == 0 && measured.Count == turns && p50 <= TargetP50Ms ? 0 : 1;
    }

    private static async Task RunInterviewAsync(HttpClient http, List<(byte[] Wav, double Seconds)> answers, List<VoiceTurnTiming> timings, int needed)
    {
        var started = await http.PostAsJsonAsync("/api/interviews", new { mode = "behavioral", candidateName = "Bench", role = "Backend engineer", seniority = "mid", answerMode = "voice" });
        var view = await ReadAsync(started, HttpStatusCode.Created);
        var id = (string)view["id"]!;
        if (view["question"] is not JsonObject first)
        {
            throw new InvalidOperationException("The interview started without a question.");
        }

        // The first question's audio is not part of a turn.
        await FetchAudioAsync(http, id, (string)first["id"]!);
        var questionId = (string)first["id"]!;
        while (timings.Count < needed)
        {
            var (wav, seconds) = answers[timings.Count % answers.Count];
            var clock = Stopwatch.StartNew();
            var content = new MultipartFormDataContent();
            var part = new ByteArrayContent(wav);
            part.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
            content.Add(part, "audio", "answer.wav");
            content.Add(new StringContent(questionId), "questionId");
            var posted = await http.PostAsync($"/api/interviews/{id}/answers/audio", content);
            await ReadAsync(posted, HttpStatusCode.Accepted);
            var serverTiming = VoiceTurnReport.ParseServerTiming(posted);
            var afterPost = clock.Elapsed.TotalMilliseconds;

            var next = await WaitForNextQuestionAsync(http, id, questionId);
            var afterNext = clock.Elapsed.TotalMilliseconds;
            if (next is null)
            {
                return;
            }

            var cacheHit = await FetchAudioAsync(http, id, next);
            var total = clock.Elapsed.TotalMilliseconds;
            var stt = serverTiming.GetValueOrDefault("stt");
            var answer = serverTiming.GetValueOrDefault("answer");
            timings.Add(new VoiceTurnTiming(seconds, total, afterPost - stt - answer, stt, answer, afterNext - afterPost, total - afterNext, cacheHit));
            questionId = next;
        }

        await http.PostAsync($"/api/interviews/{id}/end", null);
    }

    private static async Task<string?> WaitForNextQuestionAsync(HttpClient http, string id, string previous)
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        while (true)
        {
            var view = await ReadAsync(await http.GetAsync($"/api/interviews/{id}", timeout.Token), HttpStatusCode.OK);
            if ((string?)view["phase"] != "questions")
            {
                return null;
            }

            if (view["question"] is JsonObject question && (string?)question["id"] != previous)
            {
                return (string)question["id"]!;
            }

            await Task.Delay(2, timeout.Token);
        }
    }

    private static async Task<bool> FetchAudioAsync(HttpClient http, string id, string questionId)
    {
        var response = await http.GetAsync($"/api/interviews/{id}/questions/{questionId}/audio");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Question audio: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await response.Content.ReadAsByteArrayAsync();
        return response.Headers.TryGetValues("X-Audio-Cache", out var values) && values.Single() == "hit";
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? JsonNode.Parse(body) ?? throw new InvalidOperationException("Empty body.")
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {body}");
    }
}
