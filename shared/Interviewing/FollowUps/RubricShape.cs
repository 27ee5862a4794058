namespace MockInterview.Interviewing.FollowUps;

/// <summary>How a rubric point is written, which decides how <see cref="RubricPhrasing"/> puts it into words.</summary>
internal enum RubricShape
{
    /// <summary>No words at all.</summary>
    Empty,

    /// <summary>What the answer says: "Describes what was unclear".</summary>
    Speech,

    /// <summary>What the candidate does: "Keeps the relationship…", "Understands…".</summary>
    Doing,

    /// <summary>What the candidate is: "Is candid about gaps".</summary>
    Being,

    /// <summary>A question: "How the pattern handles state".</summary>
    QuestionWord,

    /// <summary>An instruction: "Check cluster resources first".</summary>
    Instruction,

    /// <summary>A statement about the question's subject, the subject left out: "Costs extra writes and storage".</summary>
    SubjectVerb,

    /// <summary>A whole statement: "Accuracy misleads on imbalanced data".</summary>
    Statement,

    /// <summary>A noun or "-ing" phrase naming a topic: "Cache-aside or write-through patterns".</summary>
    Topic,
}
