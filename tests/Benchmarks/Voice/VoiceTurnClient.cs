using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MockInterview.Benchmarks.Voice;

/// <summary>The benchmark's candidate as the browser calls the app: start a voice interview, upload answer pieces and
/// the final answer, poll for the next question, fetch its audio.</summary>
internal sealed class VoiceTurnClient(HttpClient http)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Starts a voice interview; its id and first question's id.</summary>
    public async Task<(string Id, string QuestionId)> StartAsync()
    {
        var started = await http.PostAsJsonAsync("/api/interviews", new { mode = "behavioral", candidateName = "Bench", role = "Backend engineer", seniority = "mid", answerMode = "voice" });
        var view = await ReadAsync(started, HttpStatusCode.Created);
        return view["question"] is JsonObject first
            ? ((string)view["id"]!, (string)first["id"]!)
            : throw new InvalidOperationException("The interview started without a question.");
    }

    /// <summary>Reports that the candidate started to speak (the browser does at the first word, in both modes), so the
    /// question's thinking time no longer runs.</summary>
    public async Task ReportSpeakingAsync(string id, string questionId)
    {
        using var response = await http.PostAsJsonAsync($"/api/interviews/{id}/answers/speaking", new { questionId });
        await ReadAsync(response, HttpStatusCode.Accepted);
    }

    /// <summary>Uploads piece <paramref name="index"/>; its token, its audio seconds and the worker's speech-to-text
    /// milliseconds (NaN when the response has no <c>Server-Timing</c> stt).</summary>
    public async Task<(string Token, double AudioSeconds, double SttMs)> PostPieceAsync(string id, string questionId, int index, byte[] wav)
    {
        using var content = Form(wav, "piece.wav", questionId);
        content.Add(new StringContent(index.ToString(System.Globalization.CultureInfo.InvariantCulture)), "piece");
        using var response = await http.PostAsync($"/api/interviews/{id}/answers/audio/pieces", content);
        var heard = await ReadAsync(response, HttpStatusCode.OK);
        var token = (string?)heard["token"] ?? throw new InvalidOperationException($"Piece {index} came back without a token.");
        var stt = VoiceTurnReport.ParseServerTiming(response).TryGetValue("stt", out var ms) ? ms : double.NaN;
        return (token, (double?)heard["audioSeconds"] ?? double.NaN, stt);
    }

    /// <summary>Sends the answer (the tail and the pieces' tokens, or the whole recording when there are none); the
    /// phases of its <c>Server-Timing</c>.</summary>
    public async Task<Dictionary<string, double>> PostAnswerAsync(string id, string questionId, byte[] wav, IReadOnlyList<string> tokens)
    {
        using var content = Form(wav, "answer.wav", questionId);
        if (tokens.Count > 0)
        {
            content.Add(new StringContent(string.Join(',', tokens)), "pieces");
        }

        using var response = await http.PostAsync($"/api/interviews/{id}/answers/audio", content);
        await ReadAsync(response, HttpStatusCode.Accepted);
        return VoiceTurnReport.ParseServerTiming(response);
    }

    /// <summary>Polls the interview until a question other than <paramref name="previous"/> shows; null when the
    /// interview left its questions.</summary>
    public async Task<string?> WaitForNextQuestionAsync(string id, string previous)
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        while (true)
        {
            using var response = await http.GetAsync($"/api/interviews/{id}", timeout.Token);
            var view = await ReadAsync(response, HttpStatusCode.OK);
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

    /// <summary>Fetches the question's audio to its last byte; true when it came from the cache.</summary>
    public async Task<bool> FetchAudioAsync(string id, string questionId)
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        using var response = await http.GetAsync($"/api/interviews/{id}/questions/{questionId}/audio", timeout.Token);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Question audio: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(timeout.Token)}");
        }

        await response.Content.ReadAsByteArrayAsync(timeout.Token);
        return response.Headers.TryGetValues("X-Audio-Cache", out var values) && values.Single() == "hit";
    }

    /// <summary>Ends the interview.</summary>
    public async Task EndAsync(string id) => (await http.PostAsync($"/api/interviews/{id}/end", null)).Dispose();

    private static MultipartFormDataContent Form(byte[] wav, string fileName, string questionId)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(wav);
        part.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        content.Add(part, "audio", fileName);
        content.Add(new StringContent(questionId), "questionId");
        return content;
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? JsonNode.Parse(body) ?? throw new InvalidOperationException("Empty body.")
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {body}");
    }
}
