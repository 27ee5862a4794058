using Microsoft.AspNetCore.Authentication;

namespace MockInterview.Functions.Auth;

/// <summary>Registers how callers are identified, chosen by <c>Auth:Mode</c>.</summary>
internal static class CallerAuthenticationExtensions
{
    /// <summary>Adds the authentication scheme of <c>Auth:Mode</c> as the default, and authorization.</summary>
    public static WebApplicationBuilder AddCallerAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var scheme = options.Mode switch
        {
            _ when options.Mode.Equals(DevelopmentCallerHandler.SchemeName, StringComparison.OrdinalIgnoreCase) => DevelopmentCallerHandler.SchemeName,
            _ when options.Mode.Equals(AppServiceCallerHandler.SchemeName, StringComparison.OrdinalIgnoreCase) => AppServiceCallerHandler.SchemeName,
            _ => throw new InvalidOperationException(
                $"Auth:Mode must be '{DevelopmentCallerHandler.SchemeName}' or '{AppServiceCallerHandler.SchemeName}'; it is '{options.Mode}'."),
        };

        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.SectionName));
        builder.Services.AddAuthentication(scheme)
            .AddScheme<AuthenticationSchemeOptions, DevelopmentCallerHandler>(DevelopmentCallerHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, AppServiceCallerHandler>(AppServiceCallerHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        return builder;
    }
}
