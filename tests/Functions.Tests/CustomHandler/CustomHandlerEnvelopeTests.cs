using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MockInterview.Functions.CustomHandler;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>POST /{FunctionName} with the host's envelope, through the real app.</summary>
public sealed class CustomHandlerEnvelopeTests : IDisposable
{
    private readonly TestTriggers triggers = new();
    private readonly CustomHandlerAppFactory factory;
    private readonly HttpClient client;

    public CustomHandlerEnvelopeTests()
    {
        factory = new CustomHandlerAppFactory(triggers.Register);
        client = factory.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Post_QueueEnvelope_InvokesHandlerWithDecodedDataAndAnswersJson()
    {
        using var request = Envelope(TestTriggers.QueueFunction, """
            {
              "Data": { "myQueueItem": "\"hello queue\"" },
              "Metadata": { "DequeueCount": "2", "Id": "\"msg-1\"", "sys": { "MethodName": "TestQueueFunction", "UtcNow": "2026-01-01T09:00:00Z", "RandGuid": "0f7e3a84-1b0c-4b55-9d0e-5a0c8e0e4d11" } }
            }
            """);
        request.Headers.Add(FunctionInvocationEndpoint.InvocationIdHeader, "inv-42");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("done: hello queue", body.RootElement.GetProperty("Outputs").GetProperty("processed").GetString());
        Assert.Equal(["processed hello queue"], body.RootElement.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(11, body.RootElement.GetProperty("ReturnValue").GetProperty("length").GetInt32());

        var invocation = Assert.Single(triggers.Received);
        Assert.Equal("inv-42", invocation.InvocationId);
        Assert.Equal(TestTriggers.QueueFunction, invocation.FunctionName);
        Assert.Equal(2, invocation.Metadata["dequeuecount"].GetInt32());
        Assert.Equal("msg-1", invocation.Metadata["Id"].GetString());
        Assert.Equal("TestQueueFunction", invocation.Metadata["sys"].GetProperty("MethodName").GetString());
    }

    [Fact]
    public async Task Post_ActivityEnvelopeWithLowerCaseKeys_ReturnsTheResultAsReturnValue()
    {
        using var request = Envelope(TestTriggers.ActivityFunction, """{ "data": { "input": "21" }, "metadata": { "sys": {} } }""");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(42, body.RootElement.GetProperty("ReturnValue").GetInt32());
        Assert.Empty(body.RootElement.GetProperty("Outputs").EnumerateObject());
    }

    [Theory]
    [InlineData("{ \"Data\": ")]
    [InlineData("null")]
    [InlineData("{ \"Data\": \"not an object\" }")]
    public async Task Post_MalformedEnvelope_Returns400ProblemWithoutInvokingTheHandler(string body)
    {
        using var request = Envelope(TestTriggers.QueueFunction, body);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Data", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(triggers.Received);
    }

    [Fact]
    public async Task Post_HandlerThrows_Returns500SoThatTheHostFailsTheInvocation()
    {
        using var request = Envelope(TestTriggers.FailingFunction, """{ "Data": { "timer": { "IsPastDue": false } }, "Metadata": {} }""");
        request.Headers.Add(FunctionInvocationEndpoint.InvocationIdHeader, "inv-7");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("inv-7", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnregisteredFunction_Returns404()
    {
        using var request = Envelope("NoSuchFunction", """{ "Data": {}, "Metadata": {} }""");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpRequestMessage Envelope(string functionName, string json) =>
        new(HttpMethod.Post, "/" + functionName)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
}
