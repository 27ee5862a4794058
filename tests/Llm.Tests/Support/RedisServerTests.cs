using StackExchange.Redis;

namespace MockInterview.Llm.Tests.Support;

public sealed class RedisServerTests
{
    [Fact]
    public async Task StartAsync_ServerNotInstalled_FailsSayingHowToInstallIt()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RedisServer.StartAsync("redis-server-not-installed"));

        Assert.Contains("apt-get install -y redis-server", error.Message);
    }

    [Fact]
    public async Task StartAsync_Installed_AnswersUntilStopped()
    {
        await using var server = await RedisServer.StartAsync();

        var pong = await server.InspectAsync(database => database.PingAsync());
        await server.StopAsync();

        Assert.True(pong < TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<RedisConnectionException>(() => server.InspectAsync(database => database.PingAsync()));
    }
}
