namespace Lodestar.Portal.Tests.Infrastructure;

/// <summary>Tests that start and stop portals of their own; never run while the shared portal is up.</summary>
[CollectionDefinition(Name)]
public sealed class IsolatedPortalsCollection
{
    public const string Name = "isolated-portals";
}
