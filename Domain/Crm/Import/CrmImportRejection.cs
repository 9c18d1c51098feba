namespace Lodestar.Domain.Crm.Import;

/// <summary>Why a row cannot be imported: its number in the file (the header is row 1), the field and what to fix.</summary>
public sealed record CrmImportRejection(int Row, string Field, string Message);
