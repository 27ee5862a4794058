namespace MockInterview.Functions.Demo;

/// <summary>What the demo candidate says. Like a person, it picks the story or topic that fits the question it hears,
/// and it has weak spots on purpose (a vague, filler-heavy answer, a silence, a topic it does not know), so that the
/// report has something honest to say in both directions.</summary>
internal static class CandidateScript
{
    public const string Resume =
        "Alex Demo, backend engineer. 5 years building C# and .NET services on Azure. Led the migration of a billing " +
        "service to Kubernetes, cutting deployment time from 2 hours to 10 minutes. Skills: C#, SQL, Redis, Kafka, Docker.";

    public const string JobDescription =
        "We are hiring a mid-level backend engineer. Required: C#, .NET, SQL, REST APIs, cloud (Azure). Nice to have: " +
        "Kubernetes, Redis, event-driven systems. You will own services end to end and work closely with product.";

    private const string Introduction =
        "I'm a backend engineer with five years on C# and .NET services. At my current company I own the billing " +
        "platform: I led its move to Kubernetes, which cut deployments from two hours to ten minutes, and I mentor two " +
        "junior engineers. I'm looking for a team where I can own services end to end.";

    /// <summary>The weak answer the candidate gives to the third main question, whatever it is.</summary>
    private const string Vague =
        "I think I'm pretty good at that, you know, I kind of just work hard and, um, get things done basically.";

    /// <summary>Stories chosen by words in the question; the first whose keys match and is not told yet wins.</summary>
    private static readonly (string[] Keys, string Answer)[] Stories =
    [
        (["disagree", "conflict", "push back", "pushback", "tension", "argument", "difficult", "teammate", "colleague", "peer"],
            "When two teammates disagreed about whether to use Kafka or a database queue, I set up a short meeting, asked " +
            "each to write down the requirements, and we compared throughput and operational cost. We chose the database " +
            "queue for now because our load was 50 messages a second, and agreed on the threshold at which we'd revisit. " +
            "Both felt heard and we shipped a week earlier than planned."),
        (["fail", "mistake", "wrong", "bug", "incident", "outage", "ownership", "responsib", "problem", "unglamorous", "all the way"],
            "Last year our payment retries were double-charging about 0.5% of customers. The situation was urgent because " +
            "support tickets tripled in a week. My task was to find the cause and fix it without stopping payments. I " +
            "traced it to a missing idempotency key, added keys to every charge request, wrote a backfill to refund the " +
            "1,200 affected customers, and added an alert on duplicate charges. As a result duplicate charges dropped to " +
            "zero and tickets went back to normal within five days. I learned to make every retry path idempotent from day one."),
        (["deadline", "pressure", "tight", "priorit", "late", "scope", "leave out", "trade-off", "delegate", "deliver"],
            "In March our biggest client moved their launch forward by three weeks. I was responsible for the invoicing " +
            "API they needed. I listed the eight endpoints, agreed with their product owner that three were enough for " +
            "launch, and I wrote those myself while a colleague built the test harness. We delivered two days early with " +
            "no defects reported, and the other five endpoints followed a month later."),
        (["lead", "mentor", "coach", "influence", "convince", "persuade", "win people over", "prototype", "proof of concept", "proposal", "change"],
            "When our team was split on moving the billing service to Kubernetes, I wrote a one-page proposal with the " +
            "deployment times we had, two hours per release, and ran a two-week pilot on one service. I paired with each " +
            "engineer on their first deployment. After the pilot the team agreed to migrate, and deployments now take ten " +
            "minutes. I learned that a small pilot convinces people better than any slide."),
        (["customer", "client", "user", "stakeholder", "complain", "expectation"],
            "A logistics client complained that our invoices did not match their purchase orders. I joined their finance " +
            "call, collected five concrete examples, and found we rounded tax per line instead of per invoice. I fixed the " +
            "rounding, reissued 140 invoices, and sent them a short written explanation. They renewed their contract that " +
            "quarter and now send us their edge cases before month end."),
        (["learn", "new", "unfamiliar", "skill", "taught", "quickly", "excited", "curious"],
            "When we adopted Kafka I had never used it. I read the documentation for a week, built a small prototype that " +
            "replayed one day of our order events, and measured consumer lag under load. I then wrote our team's guide on " +
            "partitions and retries. Within a month I was the one reviewing the Kafka changes, and our consumer lag stayed " +
            "under two seconds at peak."),
    ];

    /// <summary>What the candidate knows well enough to explain; anything else technical it admits not knowing.</summary>
    private static readonly (string[] Keys, string Answer)[] Topics =
    [
        (["database", "index", "sql", "query", "transaction"],
            "An index is a sorted structure, usually a B-tree, that lets the database find rows without scanning the whole " +
            "table. It helps selective filters, joins and ORDER BY, but every insert and update must maintain it, so it " +
            "costs writes and storage. For example, at my company a report query on invoices took 4 seconds; EXPLAIN showed " +
            "a sequential scan, and a composite index on customer id and date brought it to 30 ms. I always check the plan " +
            "before and after."),
        (["cache", "caching", "redis", "latency", "slow"],
            "I would add cache-aside with Redis in front of the read path: read from the cache, and on a miss read the " +
            "database and store the value with a TTL. Because stale data is the risk, I invalidate on writes and keep TTLs " +
            "short for data that changes often. To avoid a stampede on a hot key I use a lock or early refresh. In my last " +
            "role this took p95 latency from 900 ms to 120 ms, and we watched the hit rate, about 85%, on a dashboard."),
        (["api", "rest", "http", "endpoint"],
            "I design resources around nouns, like /orders and /orders/{id}, with the right verbs: POST to create returning " +
            "201, GET to read, and 404 or 409 when something is missing or conflicts. Errors use one problem+json format " +
            "with a clear message. For retries I accept an idempotency key on POST, so a client can safely repeat a request. " +
            "Lists are paginated with a cursor, and I version the API in the path when a field changes meaning."),
    ];

    private const string DoesNotKnow =
        "Honestly I have not worked with that directly. I would read the documentation, try it on a small example, and " +
        "ask a colleague who has done it before, but I can't give you details from my own experience.";

    /// <summary>Follow-up answers by what the follow-up asks; each told once, in order.</summary>
    private static readonly (string[] Keys, string[] Answers)[] FollowUps =
    [
        (["result", "outcome", "number", "measure", "turn out", "end up", "changed", "how did you know"],
        [
            "The result was measurable: the change went live within the month, errors on that path dropped by about 80%, " +
            "and nobody had to be paged for it again that quarter. I shared the numbers at our team review.",
            "In the end we shipped on the agreed date; support tickets on that feature fell from about thirty a week to " +
            "five, and the product manager used the numbers in the quarterly review.",
        ]),
        (["you personally", "your own", "you do", "your part", "you yourself", "what did you", "how did you"],
        [
            "My own part was writing the design doc, doing the analysis myself and presenting the options to the team; " +
            "I then wrote the migration script and ran the cutover, which had zero downtime.",
            "I personally paired with the two engineers who were stuck, wrote the test harness, and sent a short status " +
            "note every Friday so the stakeholders knew where we were.",
        ]),
    ];

    private static readonly string[] Reflections =
    [
        "Looking back, I would involve the people affected earlier and write down the decision and the numbers behind " +
        "it, so that everyone could check them. I do that on every project now.",
        "What I took from it is to agree on how we will measure success before we start; it saves arguments later.",
        "Honestly, I would ask for help a week earlier than I did. Next time I will say so at the first stand-up where I am blocked.",
    ];

    /// <summary>Screening answers chosen by words in the question.</summary>
    private static readonly (string[] Keys, string Answer)[] Screening =
    [
        (["why", "looking", "leave", "leaving", "move", "motivat", "interest", "attract", "this position", "this role", "excite"],
            "I have learned a lot owning billing, but our product is now stable and most of my work is maintenance. I " +
            "want to build services end to end again, and your move to event-driven systems on Azure is exactly the " +
            "kind of work I want to grow in."),
        (["salary", "compensation", "pay", "expect"],
            "Based on what similar mid-level backend roles pay in this city, I am looking at a base of around 75,000 " +
            "euros, and I am open on the mix with other benefits."),
        (["notice", "start", "available", "availability", "when could"],
            "My notice period is four weeks, so I could start at the beginning of next month."),
    ];

    /// <summary>The answer to a question, or null    /// <summary>The answer to a question, or null to stay silent (the fifth main question).</summary>
    /// <param name="phase">"questions" or "summary".</param>
    /// <param name="category">The question's category (introduction, behavioral, technical, …).</param>
    /// <param name="text">The question as asked.</param>
    /// <param name="isFollowUp">A follow-up of the previous answer.</param>
    /// <param name="index">How many main questions (or follow-ups) came before this one.</param>
    /// <param name="used">Answers already given, so that no story is told twice.</param>
    public static string? AnswerFor(string phase, string category, string text, bool isFollowUp, int index, ISet<string> used)
    {
        if (phase == "summary")
        {
            return "Thank you. What does a typical first month look like for someone joining the team?";
        }

        var lower = text.ToLowerInvariant();
        if (isFollowUp)
        {
            var fitting = FollowUps.Where(f => f.Keys.Any(lower.Contains)).SelectMany(f => f.Answers).Where(a => !used.Contains(a));
            var reply = fitting.FirstOrDefault() ?? Reflections.FirstOrDefault(r => !used.Contains(r)) ?? Reflections[index % Reflections.Length];
            used.Add(reply);
            return reply;
        }

        if (category == "introduction")
        {
            return Introduction;
        }

        switch (index)
        {
            case 2:
                return Vague;
            case 4:
                return null;
        }

        if (category == "screening")
        {
            var screening = Screening.FirstOrDefault(a => a.Keys.Any(lower.Contains)).Answer;
            if (screening is not null)
            {
                return screening;
            }
        }

        var technical = category == "technical";
        var fits = (technical ? Topics : Stories).Where(s => !used.Contains(s.Answer)).ToList();
        var best = fits.Select(s => (s.Answer, Hits: s.Keys.Count(lower.Contains))).Where(s => s.Hits > 0).OrderByDescending(s => s.Hits).FirstOrDefault();
        var chosen = best.Answer
            ?? (technical ? DoesNotKnow : fits.FirstOrDefault().Answer)
            ?? DoesNotKnow;
        used.Add(chosen);
        return chosen;
    }
}
