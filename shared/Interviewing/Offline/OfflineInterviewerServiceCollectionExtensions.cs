using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing;

/// <summary>Registers the offline interviewer.</summary>
public static class OfflineInterviewerServiceCollectionExtensions
{
    /// <summary>Adds the embedded question bank (loaded and validated once), <see cref="OfflineInterviewerBrain"/>,
    /// and <see cref="IInterviewerBrain"/> → the offline brain unless another brain was registered first.</summary>
    public static IServiceCollection AddOfflineInterviewer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => QuestionBankLoader.Embedded);
        services.TryAddSingleton(sp => new OfflineInterviewerBrain(sp.GetRequiredService<QuestionBank>()));
        services.TryAddSingleton<IInterviewerBrain>(sp => sp.GetRequiredService<OfflineInterviewerBrain>());
        return services;
    }
}
