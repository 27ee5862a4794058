using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.CustomHandler;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>The rules a trigger registration is checked against before the host ever sees it.</summary>
public sealed class CustomHandlerRegistrationTests
{
    private static readonly Func<FunctionInvocation, Task<InvocationResponse>> Handler =
        _ => Task.FromResult(new InvocationResponse());

    [Fact]
    public void AddFunctionTrigger_DurableTriggerWithReturnBinding_Throws()
    {
        var services = new ServiceCollection();
        FunctionBinding[] bindings =
        [
            new("orchestrationTrigger", BindingDirection.In, "context"),
            new("queue", BindingDirection.Out, "$return"),
        ];

        var error = Assert.Throws<ArgumentException>(() => services.AddFunctionTrigger("InterviewOrchestrator", bindings, Handler));

        Assert.Contains("$return", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1Starts-with-digit")]
    [InlineData("has space")]
    [InlineData("api")]
    [InlineData("slash/name")]
    public void AddFunctionTrigger_InvalidName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddFunctionTrigger(
            name, [new FunctionBinding("timerTrigger", BindingDirection.In, "timer")], Handler));
    }

    [Fact]
    public void AddFunctionTrigger_HttpTrigger_ThrowsBecauseHttpFunctionsComeFromEndpoints()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddFunctionTrigger(
            "Hello", [new FunctionBinding("httpTrigger", BindingDirection.In, "req")], Handler));

        Assert.Contains("/api", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFunctionTrigger_NoTriggerOrTwoTriggers_Throws()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddFunctionTrigger(
            "NoTrigger", [new FunctionBinding("queue", BindingDirection.Out, "out")], Handler));
        Assert.Throws<ArgumentException>(() => services.AddFunctionTrigger(
            "TwoTriggers",
            [new FunctionBinding("timerTrigger", BindingDirection.In, "a"), new FunctionBinding("queueTrigger", BindingDirection.In, "b")],
            Handler));
    }

    [Fact]
    public void AddFunctionTrigger_ValidTimer_RegistersItsBindings()
    {
        var services = new ServiceCollection();
        var timer = new FunctionBinding("timerTrigger", BindingDirection.In, "timer") { Properties = { ["schedule"] = "0 0 0 * * *" } };

        services.AddFunctionTrigger("ResetQuotasTest", [timer], Handler);

        var trigger = Assert.Single(services.BuildServiceProvider().GetServices<FunctionTrigger>());
        Assert.Equal("ResetQuotasTest", trigger.Name);
        var json = Assert.Single(trigger.Bindings).ToJson();
        Assert.Equal("""{"type":"timerTrigger","direction":"in","name":"timer","schedule":"0 0 0 * * *"}""", json.ToJsonString());
    }
}
