using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.CustomHandler;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>Triggers registered only by tests, to drive the envelope path the product's later triggers use.</summary>
internal sealed class TestTriggers
{
    public const string QueueFunction = "TestQueueFunction";
    public const string ActivityFunction = "TestActivityFunction";
    public const string FailingFunction = "TestFailingFunction";

    /// <summary>Every invocation the queue function received.</summary>
    public ConcurrentQueue<FunctionInvocation> Received { get; } = new();

    /// <summary>Registers the three test functions.</summary>
    public void Register(IServiceCollection services)
    {
        var queueTrigger = new FunctionBinding("queueTrigger", BindingDirection.In, "myQueueItem")
        {
            Properties = { ["queueName"] = "test-items", ["connection"] = "AzureWebJobsStorage" },
        };
        var queueOutput = new FunctionBinding("queue", BindingDirection.Out, "processed")
        {
            Properties = { ["queueName"] = "test-processed", ["connection"] = "AzureWebJobsStorage" },
        };
        services.AddFunctionTrigger(QueueFunction, [queueTrigger, queueOutput], invocation =>
        {
            Received.Enqueue(invocation);
            var item = invocation.GetData<string>("myQueueItem");
            return Task.FromResult(new InvocationResponse
            {
                Outputs = { ["processed"] = $"done: {item}" },
                Logs = { $"processed {item}" },
                ReturnValue = new JsonObject { ["length"] = item?.Length },
            });
        });

        services.AddFunctionTrigger(
            ActivityFunction,
            [new FunctionBinding("activityTrigger", BindingDirection.In, "input")],
            invocation => Task.FromResult(new InvocationResponse { ReturnValue = invocation.GetData<int>("input") * 2 }));

        services.AddFunctionTrigger(
            FailingFunction,
            [new FunctionBinding("timerTrigger", BindingDirection.In, "timer") { Properties = { ["schedule"] = "0 0 0 * * *" } }],
            _ => throw new InvalidOperationException("the test trigger fails on purpose"));
    }
}
