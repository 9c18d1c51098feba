namespace Lodestar.Portal.Tests.Infrastructure;

/// <summary>Tests in this collection share one running portal; each uses its own ids so they do not see each other.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<SharedPortal>
{
    public const string Name = "portal";
}
