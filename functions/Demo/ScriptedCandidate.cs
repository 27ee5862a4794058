using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MockInterview.Functions.Demo;

/// <summary>Takes an interview through the public HTTP API the way a person would: reads each question, answers
/// (well, vaguely, or not at all), ends with the closing question, then fetches the report.</summary>
internal sealed class ScriptedCandidate(HttpClient http, TextWriter output, DemoOptions options)
{
    private static readonly TimeSpan WaitBound = TimeSpan.FromSeconds(60);
    private const double ThinkingSeconds = 20;

    public async Task<int> TakeInterviewAsync()
    {
        using var started = await http.PostAsJsonAsync("/api/interviews", new
        {
            mode = options.Mode,
            candidateName = "Alex Demo",
            role = "Backend engineer",
            seniority = "mid",
            durationMinutes = options.Minutes,
            resumeText = CandidateScript.Resume,
            jobDescription = CandidateScript.JobDescription,
        });
        if (started.StatusCode != HttpStatusCode.Created)
        {
            output.WriteLine($"Could not start the interview: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
            return 1;
        }

        var view = await started.Content.ReadFromJsonAsync<JsonElement>();
        var id = view.GetProperty("id").GetString()!;
        output.WriteLine($"Interview {id}: {options.Mode}, {options.Minutes} minutes on a clock {options.Speed}x faster than real time.");
        output.WriteLine();

        var mainQuestions = 0;
        var followUps = 0;
        var lastQuestionId = "";
        var told = new HashSet<string>(StringComparer.Ordinal);
        var realStart = DateTime.UtcNow;
        while (true)
        {
            view = await WaitForNextQuestionOrEndAsync(id, lastQuestionId);
            var phase = view.GetProperty("phase").GetString();
            if (phase == "completed")
            {
                break;
            }

            var question = view.GetProperty("question");
            lastQuestionId = question.GetProperty("id").GetString()!;
            var isFollowUp = question.TryGetProperty("isFollowUp", out var f) && f.GetBoolean();
            var label = phase == "summary" ? "Closing" : isFollowUp ? "Follow-up" : $"Q{question.GetProperty("number").GetInt32()}";
            if (phase == "summary" && view.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.Object)
            {
                output.WriteLine($"--- Summary phase: overall {summary.GetProperty("overallScore").GetDouble():0.0}/10 ---");
                output.WriteLine($"Interviewer: {summary.GetProperty("narrative").GetString()}");
                output.WriteLine();
            }

            output.WriteLine($"{label} Interviewer: {question.GetProperty("text").GetString()}");
            var category = question.TryGetProperty("category", out var c) ? c.GetString() ?? "" : "";
            var text = question.GetProperty("text").GetString() ?? "";
            var answer = CandidateScript.AnswerFor(phase!, category, text, isFollowUp, isFollowUp ? followUps++ : mainQuestions++, told);
            if (answer is null)
            {
                output.WriteLine("   Candidate: (says nothing; the answer time runs out)");
                continue;
            }

            output.WriteLine($"   Candidate: {answer}");
            await Task.Delay(SpeakingTime(answer));
            using var posted = await http.PostAsJsonAsync($"/api/interviews/{id}/answers", new { questionId = lastQuestionId, text = answer });
            if (posted.StatusCode != HttpStatusCode.Accepted)
            {
                output.WriteLine($"   (answer not accepted: {(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()})");
            }
        }

        output.WriteLine();
        output.WriteLine($"Interview completed in {(DateTime.UtcNow - realStart).TotalSeconds:0.0} real seconds.");
        output.WriteLine();
        var report = await http.GetStringAsync($"/api/interviews/{id}/report?format=md");
        output.WriteLine(report);
        ReportDigest.Write(await http.GetFromJsonAsync<JsonElement>($"/api/interviews/{id}/report"), output);
        return 0;
    }

    /// <summary>How long saying the answer takes at about 150 words a minute, in real time on the fast clock.</summary>
    private TimeSpan SpeakingTime(string answer)
    {
        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // About 150 words a minute, after a moment to think, as a person answers aloud.
        return TimeSpan.FromSeconds((ThinkingSeconds + (words / 2.5)) / options.Speed);
    }

    /// <summary>Polls until the interview shows a question other than <paramref name="previousQuestionId"/>, or completes.</summary>
    private async Task<JsonElement> WaitForNextQuestionOrEndAsync(string id, string previousQuestionId)
    {
        var deadline = DateTime.UtcNow + WaitBound;
        while (DateTime.UtcNow < deadline)
        {
            var view = await http.GetFromJsonAsync<JsonElement>($"/api/interviews/{id}");
            if (view.GetProperty("phase").GetString() == "completed")
            {
                return view;
            }

            if (view.TryGetProperty("question", out var question) && question.ValueKind == JsonValueKind.Object &&
                question.GetProperty("id").GetString() != previousQuestionId)
            {
                return view;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Interview {id} showed no new question within {WaitBound.TotalSeconds} s.");
    }
}
