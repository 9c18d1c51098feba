namespace Lodestar.Portal.Client.Features.Crm.Import;

/// <summary>A row that cannot be imported: its line in the file (the header is 1), the field and what to fix.</summary>
public sealed record ImportRejectionDto(int Row, string Field, string Message);
