using MockInterview.Llm.Routing;

namespace MockInterview.LlmInterviewer.Prompts;

/// <summary>The strict JSON schemas of the replies. Numbers carry no bounds and flags no enum on purpose: the router
/// would reject such replies outright, while the interviewer clamps scores and drops unknown flags itself.</summary>
internal static class ReplySchemas
{
    public static LlmJsonSchema Plan { get; } = new("interview_plan", """
        {"type":"object","additionalProperties":false,"required":["questions"],"properties":{
          "questions":{"type":"array","items":{"type":"object","additionalProperties":false,
            "required":["id","text","rubricPoints","rationale"],"properties":{
              "id":{"type":"string"},"text":{"type":"string"},
              "rubricPoints":{"type":"array","items":{"type":"string"}},"rationale":{"type":"string"}}}}}}
        """);

    public static LlmJsonSchema FollowUp { get; } = new("follow_up", """
        {"type":"object","additionalProperties":false,"required":["askFollowUp","question","rubricPoints","reason"],"properties":{
          "askFollowUp":{"type":"boolean"},"question":{"type":"string"},
          "rubricPoints":{"type":"array","items":{"type":"string"}},"reason":{"type":"string"}}}
        """);

    /// <summary>The properties of one grade, shared by the live grading and the review schemas.</summary>
    private const string GradeProperties = """
          "score":{"type":"number"},
          "dimensions":{"type":"object","additionalProperties":false,
            "required":["relevance","structure","specificity","depth","communication"],"properties":{
              "relevance":{"type":"number"},"structure":{"type":"number"},"specificity":{"type":"number"},
              "depth":{"type":"number"},"communication":{"type":"number"}}},
          "flags":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["code","message"],
            "properties":{"code":{"type":"string"},"message":{"type":"string"}}}},
          "feedback":{"type":"string"},
          "reasons":{"type":"array","items":{"type":"string"}},
          "strongerAnswer":{"type":"array","items":{"type":"string"}}
        """;

    private const string GradeRequired = "\"score\",\"dimensions\",\"flags\",\"feedback\",\"reasons\",\"strongerAnswer\"";

    public static LlmJsonSchema Grading { get; } = new("answer_grade",
        "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[" + GradeRequired + "],\"properties\":{" + GradeProperties + "}}");

    public static LlmJsonSchema Review { get; } = new("interview_review",
        "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"evaluations\"],\"properties\":{"
        + "\"evaluations\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,"
        + "\"required\":[\"questionId\"," + GradeRequired + "],\"properties\":{\"questionId\":{\"type\":\"string\"}," + GradeProperties + "}}}}}");

    public static LlmJsonSchema Question { get; } = new("question_wording", """
        {"type":"object","additionalProperties":false,"required":["text","rubricPoints"],"properties":{
          "text":{"type":"string"},"rubricPoints":{"type":"array","items":{"type":"string"}}}}
        """);

    public static LlmJsonSchema FollowUpWording { get; } = new("follow_up_wording", """
        {"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string"}}}
        """);

    private const string Highlight = """
        {"type":"object","additionalProperties":false,"required":["text","evidence","questionId"],
         "properties":{"text":{"type":"string"},"evidence":{"type":"string"},"questionId":{"type":"string"}}}
        """;

    public static LlmJsonSchema Summary { get; } = new("interview_summary",
        "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"strengths\",\"improvements\",\"narrative\"],\"properties\":{"
        + "\"strengths\":{\"type\":\"array\",\"items\":" + Highlight + "},"
        + "\"improvements\":{\"type\":\"array\",\"items\":" + Highlight + "},"
        + "\"narrative\":{\"type\":\"string\"}}}");
}
