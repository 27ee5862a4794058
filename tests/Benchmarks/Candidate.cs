using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MockInterview.Interviews;

namespace MockInterview.Benchmarks;

/// <summary>One simulated candidate: starts an interview, answers each question after a think time, and measures
/// answer → next-question latency as the time from sending the answer to the push of the next question.</summary>
internal sealed class Candidate(HttpClient http, IInterviewNotifier notifier, Random random, Func<TimeSpan> thinkTime, Recorder recorder)
{
    private static readonly TimeSpan WaitBound = TimeSpan.FromSeconds(60);

    private const string Answer =
        "In my last role our checkout service timed out for about 2% of requests during peaks. I owned the fix: I " +
        "profiled the database calls, added a Redis cache for the product lookups and moved the email step to a queue. " +
        "As a result p95 latency fell from 1.2 s to 300 ms and the timeouts stopped; I shared the runbook with the team.";

    /// <summary>Takes one interview; with <paramref name="answersBeforeEnd"/> it ends after that many answers,
    /// otherwise it answers until the question phase is over or <paramref name="stop"/> says so.</summary>
    public async Task RunAsync(int? answersBeforeEnd, int durationMinutes = 20, Func<bool>? stop = null)
    {
        stop ??= () => false;
        using var created = await http.PostAsJsonAsync("/api/interviews", new
        {
            mode = random.Next(3) switch { 0 => "behavioral", 1 => "technical", _ => "screening" },
            role = "backend engineer",
            durationMinutes,
        });
        if (created.StatusCode != HttpStatusCode.Created)
        {
            recorder.Error($"start: {(int)created.StatusCode}");
            return;
        }

        var view = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = view.GetProperty("id").GetString()!;
        using var subscription = notifier.Subscribe(id);
        var questionId = view.GetProperty("question").GetProperty("id").GetString()!;
        var phase = InterviewPhase.Questions;
        var answers = 0;

        while (phase == InterviewPhase.Questions && (answersBeforeEnd is null || answers < answersBeforeEnd) && !stop())
        {
            var think = thinkTime();
            if (think > TimeSpan.Zero)
            {
                await Task.Delay(think);
            }

            var sent = Stopwatch.GetTimestamp();
            using var posted = await http.PostAsJsonAsync($"/api/interviews/{id}/answers", new { questionId, text = Answer });
            if (posted.StatusCode == HttpStatusCode.Conflict)
            {
                // The answer time ran out first, or the question phase ended: carry on from the current state.
                recorder.Conflict();
                (phase, questionId) = await CurrentAsync(id);
                if (phase == InterviewPhase.Questions && questionId.Length == 0)
                {
                    // Between questions: the next one is being chosen.
                    var next = await NextChangeAsync(subscription, answered: "");
                    (phase, questionId) = next is null ? (phase, questionId) : (next.Phase, next.QuestionId ?? "");
                }

                continue;
            }

            if (posted.StatusCode != HttpStatusCode.Accepted)
            {
                recorder.Error($"answer: {(int)posted.StatusCode}");
                return;
            }

            answers++;
            var change = await NextChangeAsync(subscription, questionId);
            if (change is null)
            {
                recorder.Error("no next question within the bound");
                return;
            }

            if (change.Phase == InterviewPhase.Questions)
            {
                recorder.Turn(Stopwatch.GetElapsedTime(sent));
            }

            (phase, questionId) = (change.Phase, change.QuestionId ?? "");
        }

        await FinishAsync(id, subscription, phase);
    }

    private async Task FinishAsync(string id, IInterviewSubscription subscription, InterviewPhase phase)
    {
        if (phase == InterviewPhase.Questions)
        {
            using var ended = await http.PostAsync($"/api/interviews/{id}/end", content: null);
        }

        // Summary: end again (no closing answer) so that the report is written now.
        var view = await WaitForPhaseAsync(id, subscription, InterviewPhase.Summary);
        if (view != InterviewPhase.Completed)
        {
            using var finished = await http.PostAsync($"/api/interviews/{id}/end", content: null);
            view = await WaitForPhaseAsync(id, subscription, InterviewPhase.Completed);
        }

        if (view == InterviewPhase.Completed)
        {
            recorder.InterviewCompleted();
        }
        else
        {
            recorder.Error("interview did not complete");
        }
    }

    private async Task<InterviewPhase> WaitForPhaseAsync(string id, IInterviewSubscription subscription, InterviewPhase atLeast)
    {
        var (phase, _) = await CurrentAsync(id);
        using var bound = new CancellationTokenSource(WaitBound);
        try
        {
            while (phase < atLeast)
            {
                phase = (await subscription.Changes.ReadAsync(bound.Token)).Phase;
            }
        }
        catch (OperationCanceledException)
        {
            (phase, _) = await CurrentAsync(id);
        }

        return phase;
    }

    private async Task<(InterviewPhase Phase, string QuestionId)> CurrentAsync(string id)
    {
        var view = await http.GetFromJsonAsync<JsonElement>($"/api/interviews/{id}");
        var phase = Enum.Parse<InterviewPhase>(view.GetProperty("phase").GetString()!, ignoreCase: true);
        var question = view.GetProperty("question");
        return (phase, question.ValueKind == JsonValueKind.Object ? question.GetProperty("id").GetString()! : "");
    }

    private static async Task<InterviewChange?> NextChangeAsync(IInterviewSubscription subscription, string answered)
    {
        using var bound = new CancellationTokenSource(WaitBound);
        try
        {
            while (true)
            {
                var change = await subscription.Changes.ReadAsync(bound.Token);
                if (change.Phase != InterviewPhase.Questions || (change.QuestionId is { } next && next != answered))
                {
                    return change;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
