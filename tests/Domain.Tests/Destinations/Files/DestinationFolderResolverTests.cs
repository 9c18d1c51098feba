using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Files;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Tests.Destinations.Files;

public sealed class DestinationFolderResolverTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "lodestar-root");
    private readonly DestinationFolderResolver _folders = new(Options.Create(new DestinationOptions { FileRoot = Root }));

    [Theory]
    [InlineData("exports", "exports")]
    [InlineData(" exports/daily ", "exports/daily")]
    [InlineData("exports\\daily", "exports/daily")]
    [InlineData("exports/./daily/", "exports/daily")]
    [InlineData(".", "")]
    public void Resolve_RelativeFolder_UnderTheRoot(string folder, string expected)
    {
        Assert.Null(_folders.Problem(folder));
        Assert.Equal(Path.GetFullPath(Path.Combine(Root, expected)).TrimEnd(Path.DirectorySeparatorChar),
            _folders.Resolve(folder).TrimEnd(Path.DirectorySeparatorChar));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/etc")]
    [InlineData("C:\\temp")]
    [InlineData("..")]
    [InlineData("../lodestar-root-sibling")]
    [InlineData("exports/../../x")]
    [InlineData("exports\\..\\..\\x")]
    public void Problem_EmptyAbsoluteOrEscaping_Refused(string folder)
    {
        Assert.NotNull(_folders.Problem(folder));
        Assert.Throws<ArgumentException>(() => _folders.Resolve(folder));
    }
}
