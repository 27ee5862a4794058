using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;

namespace MockInterview.Functions.CustomHandler;

/// <summary>Makes the app an Azure Functions custom handler: port, trigger table, envelope endpoints, function.json generation.</summary>
internal static class CustomHandlerExtensions
{
    /// <summary>The variable through which the Functions host tells the handler its port.</summary>
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>The command-line option (<c>--generate-functions &lt;dir&gt;</c>) that writes function.json files and exits.</summary>
    public const string GenerateFunctionsKey = "generate-functions";

    /// <summary>
    /// Registers the trigger table. With <c>--generate-functions &lt;dir&gt;</c> the app writes the function.json
    /// files instead of serving; when the host sets <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> it listens there,
    /// otherwise on its configured URLs.
    /// </summary>
    public static WebApplicationBuilder AddCustomHandler(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FunctionTable>();

        var appRoot = builder.Configuration[GenerateFunctionsKey];
        if (!string.IsNullOrWhiteSpace(appRoot))
        {
            builder.Services.AddSingleton<IServer>(services =>
                ActivatorUtilities.CreateInstance<FunctionJsonGenerationServer>(services, appRoot));
            return builder;
        }

        var port = builder.Configuration[PortVariable];
        if (!string.IsNullOrWhiteSpace(port))
        {
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                throw new InvalidOperationException($"{PortVariable} must be a TCP port number (1-65535); it is '{port}'.");
            }

            // The host always calls 127.0.0.1:{port}; nothing else should reach the handler.
            builder.WebHost.UseUrls($"http://127.0.0.1:{number}");
        }

        return builder;
    }

    /// <summary>Registers a non-HTTP function (timer, queue, durable…) in the trigger table.</summary>
    public static IServiceCollection AddFunctionTrigger(
        this IServiceCollection services,
        string name,
        IReadOnlyList<FunctionBinding> bindings,
        Func<FunctionInvocation, Task<InvocationResponse>> handler) =>
        services.AddSingleton(new FunctionTrigger(name, bindings, handler));

    /// <summary>Maps <c>POST /{FunctionName}</c>, which takes the host's envelope, for every registered trigger.</summary>
    public static WebApplication MapCustomHandler(this WebApplication app)
    {
        foreach (var trigger in app.Services.GetServices<FunctionTrigger>())
        {
            app.MapPost(
                    "/" + trigger.Name,
                    (HttpContext context, ILoggerFactory loggers) =>
                        FunctionInvocationEndpoint.InvokeAsync(context, trigger, loggers))
                .WithMetadata(new FunctionTriggerMetadata(trigger.Name))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }

        return app;
    }
}
