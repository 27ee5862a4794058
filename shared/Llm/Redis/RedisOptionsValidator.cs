using Microsoft.Extensions.Options;

namespace MockInterview.Llm.Redis;

/// <summary>Fails the start with what is wrong in the <c>Redis</c> section.</summary>
internal sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
