using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MockInterview.Functions.Hosting;

/// <summary>What every API of the app shares: JSON, problem details, error handling, body limits, OpenAPI, the clock.</summary>
internal static class ApiDefaultsExtensions
{
    /// <summary>Registers the shared API services.</summary>
    public static WebApplicationBuilder AddApiDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();

        // Binding errors (malformed JSON, wrong content type, missing body) become exceptions that
        // ApiExceptionHandler turns into problem details saying what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>Adds the shared middleware; call first after <c>Build()</c>.</summary>
    public static WebApplication UseApiDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(ApiStatusCodePages.WriteAsync);
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;

        // {"mode":"bogus","mode":"behavioral"} must not pass validation on its last value alone.
        options.AllowDuplicateProperties = false;
    }
}
