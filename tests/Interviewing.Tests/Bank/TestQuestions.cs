using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Bank;

/// <summary>Small hand-made banks, so ranking tests do not depend on what the shipped bank holds.</summary>
internal static class TestQuestions
{
    public static BankQuestion Make(
        string id, string text, string category = "technical", string subcategory = "general", string level = "mid",
        string[]? tracks = null, string[]? tags = null, string[]? rubric = null) =>
        new(id, text, category, subcategory, tracks ?? (category == "technical" ? ["backend"] : []), level,
            tags ?? ["general"], rubric ?? ["Explains the idea", "Gives an example"], ["Why?", "What else?"], "test.json");

    /// <summary>Eight questions over three tracks, three levels and two categories.</summary>
    public static QuestionBank Small() => new(
    [
        Make("de-kafka", "How would you design a streaming pipeline that reads events from a message broker?", subcategory: "streaming",
            tracks: ["data-engineering"], tags: ["kafka", "streaming", "events"], rubric: ["Partitions and consumer groups", "Exactly-once trade-offs"]),
        Make("de-spark", "A batch job got ten times slower overnight. How do you find out why?", subcategory: "processing", level: "senior",
            tracks: ["data-engineering"], tags: ["spark", "performance", "skew"], rubric: ["Reads the job plan", "Checks data skew and shuffles"]),
        Make("de-modeling", "How would you model sales data for reporting?", subcategory: "modeling", level: "junior",
            tracks: ["data-engineering"], tags: ["star schema", "modeling"], rubric: ["Facts and dimensions", "Grain of the fact table"]),
        Make("be-cache", "When would you put a cache in front of a database, and what can go wrong?", subcategory: "caching",
            tracks: ["backend"], tags: ["redis", "caching"], rubric: ["Invalidation", "Stampedes and stale reads; mentions kafka-free designs"]),
        Make("be-queue", "How do you make a consumer of a message queue safe to retry?", subcategory: "messaging", level: "senior",
            tracks: ["backend"], tags: ["idempotency", "queues"], rubric: ["Idempotency keys", "Deduplication on kafka or any broker"]),
        Make("fe-render", "Why does a React component render twice, and when does it matter?", subcategory: "react", level: "junior",
            tracks: ["frontend"], tags: ["react", "rendering"]),
        Make("beh-conflict", "Tell me about a disagreement with a teammate about a technical decision.", category: "behavioral",
            subcategory: "conflict", level: "any", tags: ["conflict", "disagreement"]),
        Make("beh-deadline", "Describe a time you had to deliver under a tight deadline with a streaming data team.", category: "behavioral",
            subcategory: "deadlines", level: "any", tags: ["deadlines", "prioritisation"]),
    ]);
}
