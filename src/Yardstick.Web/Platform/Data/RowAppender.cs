using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Platform.Data;

/// <summary>
/// Appends many rows of one table in one or a few statements. EF Core sends one INSERT per entity and the database
/// parses, plans and runs each on its own: a same-instant burst of 200 survey answers was 800 statements, most of
/// PostgreSQL's share of the write. PostgreSQL gets one array per column and a single <c>INSERT … SELECT FROM unnest</c>
/// (a multi-row VALUES list of thousands of parameters took it 15–20 ms to parse and plan, against a fraction of a
/// millisecond); SQLite, which prepares statements in-process, gets multi-row VALUES.
/// Only for rows appended and not touched again in the same unit of work: they are not tracked, their generated keys
/// are not read back, and since the audit log is written by <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>,
/// audited entities are refused.
/// </summary>
public static partial class RowAppender
{
    /// <summary>SQLite's limit is 32,766 parameters per statement; this leaves room to spare.</summary>
    private const int MaxParameters = 10_000;

    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Get, bool IsNullable)
    {
        /// <summary>The value as the database stores it: the type mapping's converter (enum names, UTC instants) applied.</summary>
        public object? StoredValue(object row)
        {
            var value = Get.GetClrValue(row);
            if (Mapping.Converter is { } converter) return converter.ConvertToProvider(value);
            return value is Enum e ? Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType())) : value;
        }

        public Type StoredType
        {
            get
            {
                var type = Mapping.Converter?.ProviderClrType ?? Mapping.ClrType;
                type = Nullable.GetUnderlyingType(type) ?? type;
                if (type.IsEnum) type = Enum.GetUnderlyingType(type);
                return type.IsValueType && IsNullable ? typeof(Nullable<>).MakeGenericType(type) : type;
            }
        }
    }

    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex TypeModifier();

    public static async Task AppendAsync<T>(this AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        if (typeof(IAudited).IsAssignableFrom(typeof(T)))
            throw new InvalidOperationException($"{typeof(T).Name} is audited; save it through SaveChangesAsync so that its audit entry is written.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Keys the database generates are left to it; every other column is written as the entity holds it.
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd)
            .Select(p => new Column(p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter(), p.IsNullable))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))})";
        if (db.Database.IsNpgsql()) await ByArraysAsync(db, head, columns, rows, ct);
        else await ByValuesAsync(db, head, columns, rows, ct);
    }

    private static Task ByArraysAsync<T>(AppDbContext db, string head, List<Column> columns, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var parameters = columns.Select((c, i) =>
        {
            var values = Array.CreateInstance(c.StoredType, rows.Count);
            for (var r = 0; r < rows.Count; r++) values.SetValue(c.StoredValue(rows[r]), r);
            // The column's type, not one guessed from the values: a column of instants that starts with a null would be
            // taken for "timestamp without time zone". Lengths such as varchar(10) are the table's to check.
            return new NpgsqlParameter($"p{i}", values) { DataTypeName = TypeModifier().Replace(c.Mapping.StoreType, "") + "[]" };
        }).ToList();
        // Names come from the model; every value is a parameter.
        var text = $"{head} SELECT * FROM unnest({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        return db.Database.ExecuteSqlRawAsync(text, parameters, ct);
    }

    private static async Task ByValuesAsync<T>(AppDbContext db, string head, List<Column> columns, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        // Only a factory of provider parameters.
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / columns.Count)))
        {
            var text = new StringBuilder(head).Append(" VALUES ");
            var parameters = new List<DbParameter>(chunk.Length * columns.Count);
            foreach (var row in chunk)
            {
                text.Append(parameters.Count == 0 ? "(" : ", (");
                for (var i = 0; i < columns.Count; i++)
                {
                    var name = "@p" + parameters.Count;
                    parameters.Add(columns[i].Mapping.CreateParameter(factory, name, columns[i].Get.GetClrValue(row), columns[i].IsNullable));
                    text.Append(i == 0 ? name : ", " + name);
                }
                text.Append(')');
            }
            await db.Database.ExecuteSqlRawAsync(text.ToString(), parameters, ct);
        }
    }
}
