using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>The name a receipt gives a store: the entity's table.</summary>
internal static class DeletionStores
{
    public static string Of<T>(PortalDbContext db) => db.Model.FindEntityType(typeof(T))?.GetTableName() ?? typeof(T).Name;
}
