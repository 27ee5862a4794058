namespace MockInterview.Functions.Demo;

/// <summary>What the demo candidate says: a mix of strong, average and weak answers, and one silence, so that the
/// report has something honest to say.</summary>
internal static class CandidateScript
{
    public const string Resume =
        "Alex Demo, backend engineer. 5 years building C# and .NET services on Azure. Led the migration of a billing " +
        "service to Kubernetes, cutting deployment time from 2 hours to 10 minutes. Skills: C#, SQL, Redis, Kafka, Docker.";

    public const string JobDescription =
        "We are hiring a mid-level backend engineer. Required: C#, .NET, SQL, REST APIs, cloud (Azure). Nice to have: " +
        "Kubernetes, Redis, event-driven systems. You will own services end to end and work closely with product.";

    private static readonly string?[] MainAnswers =
    [
        "I'm a backend engineer with five years on C# and .NET services. At my current company I own the billing " +
        "platform: I led its move to Kubernetes, which cut deployments from two hours to ten minutes, and I mentor two " +
        "junior engineers. I'm looking for a team where I can own services end to end.",

        "Last year our payment retries were double-charging about 0.5% of customers. The situation was urgent because " +
        "support tickets tripled in a week. My task was to find the cause and fix it without stopping payments. I " +
        "traced it to a missing idempotency key, added keys to every charge request, wrote a backfill to refund the 1,200 " +
        "affected customers, and added an alert on duplicate charges. As a result duplicate charges dropped to zero and " +
        "tickets went back to normal within five days.",

        "I think I'm pretty good at that, you know, I kind of just work hard and, um, get things done basically.",

        null,

        "When two teammates disagreed about whether to use Kafka or a database queue, I set up a short meeting, asked each " +
        "to write down the requirements, and we compared throughput and operational cost. We chose the database queue " +
        "for now because our load was 50 messages a second, and agreed on the threshold at which we'd revisit. Both felt " +
        "heard and we shipped a week earlier than planned.",
    ];

    private static readonly string[] FollowUpAnswers =
    [
        "Concretely, I measured it: p95 latency went from 900 ms to 250 ms after the change, and I presented the numbers " +
        "to the team so we could keep the alert thresholds.",
        "My own part was writing the design doc and the migration script; the result was zero downtime during the cutover.",
    ];

    /// <summary>The answer to the <paramref name="index"/>-th main question or follow-up, or null to stay silent.</summary>
    public static string? AnswerFor(string phase, bool isFollowUp, int index) =>
        phase == "summary"
            ? "Thank you. What does a typical first month look like for someone joining the team?"
            : isFollowUp
                ? FollowUpAnswers[index % FollowUpAnswers.Length]
                : MainAnswers[index % MainAnswers.Length];
}
