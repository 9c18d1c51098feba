using Lodestar.Domain.Sources;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Sources;

public sealed class SourceServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnsureDefaultAsync_ConfiguredKey_BecomesTheDefaultSourcesKeyAndIsFoundAtOnce()
    {
        await using var host = await DomainTestHost.StartAsync();
        var sources = host.Get<SourceService>();
        var generated = await sources.EnsureDefaultAsync(null, Ct);
        Assert.NotNull(await host.Get<SourceDirectory>().FindAsync(generated.WriteKey, Ct));

        var configured = await sources.EnsureDefaultAsync("my-fixed-key", Ct);

        Assert.Equal(generated.Id, configured.Id);
        Assert.Equal("my-fixed-key", configured.WriteKey);
        Assert.Equal(generated.Id, (await host.Get<SourceDirectory>().FindAsync("my-fixed-key", Ct))?.Id);
        Assert.Null(await host.Get<SourceDirectory>().FindAsync(generated.WriteKey, Ct));
    }

    [Theory]
    [InlineData("", "Give the source a name")]
    [InlineData("   ", "Give the source a name")]
    [InlineData("WEBSITE", "already exists")]
    public async Task CreateAsync_BadName_RefusedAndNothingCreated(string name, string expected)
    {
        await using var host = await DomainTestHost.StartAsync();
        var sources = host.Get<SourceService>();
        await sources.CreateAsync("Website", Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => sources.CreateAsync(name, Ct));

        Assert.Contains(expected, error.Errors["name"][0]);
        Assert.Single(await sources.ListAsync(Ct));
    }

    [Fact]
    public async Task RotateWriteKeyAsync_OldKeyStopsWorking()
    {
        await using var host = await DomainTestHost.StartAsync();
        var sources = host.Get<SourceService>();
        var source = await sources.CreateAsync("App", Ct);

        var rotated = await sources.RotateWriteKeyAsync(source.Id, Ct);

        Assert.NotEqual(source.WriteKey, rotated.WriteKey);
        Assert.Null(await host.Get<SourceDirectory>().FindAsync(source.WriteKey, Ct));
        Assert.NotNull(await host.Get<SourceDirectory>().FindAsync(rotated.WriteKey, Ct));
    }

    [Fact]
    public async Task UpdateAsync_UnknownId_NotFound()
    {
        await using var host = await DomainTestHost.StartAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => host.Get<SourceService>().UpdateAsync(999, "x", true, Ct));
    }
}
