namespace Lodestar.Portal.Tests.Infrastructure;

/// <summary>The portal the <see cref="PortalCollection"/> shares, with the default test settings.</summary>
public sealed class SharedPortal() : PortalFactory(null);
