using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Data;

/// <summary>Hands out the provider's context as the provider-neutral <see cref="PortalDbContext"/>.</summary>
public sealed class PortalDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext() => inner.CreateDbContext();
}
