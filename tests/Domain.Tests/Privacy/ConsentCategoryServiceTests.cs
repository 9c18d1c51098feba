using Lodestar.Domain.Privacy;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Privacy;

public sealed class ConsentCategoryServiceTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_NothingSaved_Defaults()
    {
        await using var host = await DomainTestHost.StartAsync();

        Assert.Equal(["analytics", "marketing", "advertising"], await host.Get<ConsentCategoryService>().GetAsync(Ct));
    }

    [Fact]
    public async Task SaveAsync_Keys_TrimmedAndReadBackInOrder()
    {
        await using var host = await DomainTestHost.StartAsync();
        var service = host.Get<ConsentCategoryService>();

        await service.SaveAsync([" marketing", "functional_cookies"], Ct);

        Assert.Equal(["marketing", "functional_cookies"], await service.GetAsync(Ct));
    }

    [Theory]
    [InlineData("Marketing", "categories[1]")]
    [InlineData("analytics", "categories[1]")]
    [InlineData("", "categories[1]")]
    public async Task SaveAsync_BadKey_NamesItAndKeepsTheOldList(string key, string field)
    {
        await using var host = await DomainTestHost.StartAsync();
        var service = host.Get<ConsentCategoryService>();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => service.SaveAsync(["analytics", key], Ct));

        Assert.Equal([field], error.Errors.Keys);
        Assert.Equal(ConsentCategoryService.Defaults, await service.GetAsync(Ct));
    }
}
