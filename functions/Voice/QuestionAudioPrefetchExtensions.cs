namespace MockInterview.Functions.Voice;

/// <summary>Registers question audio made before it is asked.</summary>
internal static class QuestionAudioPrefetchExtensions
{
    /// <summary>Adds <see cref="QuestionAudioPrefetch"/>, also as a hosted service so that its background work ends
    /// with the app. Needs the speech client and the interviews feature.</summary>
    public static IServiceCollection AddQuestionAudioPrefetch(this IServiceCollection services)
    {
        services.AddSingleton<QuestionAudioPrefetch>();
        services.AddHostedService(provider => provider.GetRequiredService<QuestionAudioPrefetch>());
        return services;
    }
}
