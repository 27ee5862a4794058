using MockInterview.Llm.Providers;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Routing;

public sealed class JsonSchemaCheckTests
{
    [Theory]
    [InlineData("""{"score":3,"reason":"ok"}""", null)]
    [InlineData("""{"score":3}""", "$.reason is required")]
    [InlineData("""{"score":"3","reason":"ok"}""", "$.score should be \"integer\"")]
    [InlineData("""{"score":2.5,"reason":"ok"}""", "$.score should be \"integer\"")]
    [InlineData("""{"score":0,"reason":"ok"}""", "below its minimum")]
    [InlineData("""{"score":3,"reason":"ok","extra":1}""", "$.extra is not allowed")]
    [InlineData("""[1,2]""", "$ should be \"object\"")]
    [InlineData("""{"score":3,""", "not JSON")]
    [InlineData("""Sure! Here is the JSON: {"score":3}""", "not JSON")]
    public void Problem_ReplyAgainstScoreSchema_FindsTheFirstProblem(string reply, string? expected)
    {
        var problem = JsonSchemaCheck.Problem(reply, Requests.ScoreSchema);

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
        }
    }

    [Fact]
    public void Problem_NestedArraysEnumsAndNullableTypes_AreChecked()
    {
        const string schema = """
            {"type":"object","properties":{
              "items":{"type":"array","items":{"type":"object","properties":{"level":{"enum":["low","high"]}},"required":["level"]}},
              "note":{"type":["string","null"]}},
             "required":["items","note"]}
            """;

        Assert.Null(JsonSchemaCheck.Problem("""{"items":[{"level":"low"}],"note":null}""", schema));
        Assert.Contains("$.items[1].level is not one of", JsonSchemaCheck.Problem("""{"items":[{"level":"low"},{"level":"mid"}],"note":"x"}""", schema));
        Assert.Contains("$.note should be", JsonSchemaCheck.Problem("""{"items":[],"note":5}""", schema));
    }
}
