namespace MockInterview.Benchmarks.Voice;

/// <summary>What the benchmark's candidate says: answers of 20–45 s in flite's voice, several sentences each, spoken
/// one sentence at a time with the pauses a person leaves between them (some shorter than the contract's 0.35 s piece
/// pause, so not every sentence ends a piece), after a moment of thinking.</summary>
internal static class VoiceTurnAnswers
{
    /// <summary>Silence before the first word (thinking time: part of piece 0).</summary>
    public const double ThinkingSeconds = 0.8;

    /// <summary>Pauses after each sentence, in turn, in seconds.</summary>
    public static IReadOnlyList<double> PauseSeconds { get; } = [0.55, 0.25, 0.8, 0.45, 0.3, 1.1, 0.6, 0.2, 0.7];

    /// <summary>The warm-up's short answer: it runs the same path (a piece and a tail) without the real-time wait of a
    /// long one.</summary>
    public static IReadOnlyList<string> WarmUp { get; } =
    [
        "I would start by asking the team what they need.",
        "Then we agree on a plan together.",
    ];

    /// <summary>The measured answers, used in turn.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Measured { get; } =
    [
        [
            "In my last role I owned the payments service.",
            "It handled card payments for about two million customers, and it had a lot of incidents.",
            "I added tracing and alerts, so we could see where the time went.",
            "Then I worked with the team on the three worst problems.",
            "After two months the number of incidents went down by more than half.",
        ],
        [
            "We had a deadline that we could not meet.",
            "The customer wanted six features for the launch, and we had time for four of them.",
            "I told my manager early, and I showed her the plan with the risks.",
            "We agreed to cut two features and to ship the rest on time.",
            "I explained the change to the customer myself.",
            "They were happy with that, and we shipped the last two features a month later.",
        ],
        [
            "The hardest bug I fixed was a race in our cache.",
            "Two requests could write the same entry at once, and one of them was lost.",
            "It only happened under load, so nobody could reproduce it on a laptop.",
            "I wrote a test that ran the two writes in parallel a thousand times, and it failed every few runs.",
            "Then I added a version check to each write, so a stale write is refused.",
            "The test passed after that, and I explained the fix to the team so it would not happen again.",
        ],
        [
            "When two colleagues disagreed about the design of our new service, the discussion went on for weeks.",
            "One of them wanted a single database, and the other wanted a database for each team.",
            "I brought them together and asked each of them to write down what they cared about most.",
            "It turned out that they agreed on almost everything.",
            "The real question was who would be on call for the database at night.",
            "We settled that first, and then the design was easy.",
            "Both of them still work on the service today.",
        ],
        [
            "I am interested in this position because I enjoy working with data and helping people make decisions.",
            "In my current job I build the reports that our sales team uses every morning.",
            "I like it most when a report changes what somebody does.",
            "Last year one of my reports showed that half of our trials ended in the first week.",
            "The product team changed the first steps of the trial, and more people stayed.",
            "I would like to do more of that kind of work, with a larger team and with better data.",
            "From what I have read, this team does exactly that.",
        ],
        [
            "In five years I hope to lead a small team and mentor new developers.",
            "I have started to do some of that already.",
            "Last year two junior developers joined our team, and I was their mentor for six months.",
            "We met every week, and I reviewed most of their code.",
            "I learned that the most useful thing is to explain why, and not only what to change.",
            "Both of them now review code for the rest of the team.",
            "I would like to keep growing in that direction, while I still write code myself most of the day.",
            "I think a lead who still writes code understands the problems of the team much better.",
        ],
    ];
}
