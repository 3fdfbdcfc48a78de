using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Files;

namespace Yardstick.Web.Features.ReturnVisits;

/// <summary>
/// The visits of the demo history: tasks from the same rules as live orders, most done on time (complaints mostly at
/// home with a signature, repairs mostly by phone), a few late, missed or unsatisfied, and the recent ones still due.
/// </summary>
public static class DemoVisits
{
    private static readonly string[] Praise = ["师傅很专业，修得很好", "处理及时，态度很好", "问题已经解决了，谢谢", "比以前快多了"];
    private static readonly string[] Complaints = ["问题反复出现，希望彻底解决", "处理太慢，等了好几天", "师傅没有清理现场"];

    public static async Task<int> SeedAsync(AppDbContext db, FileStore files, DateTime now, CancellationToken ct = default)
    {
        if (await db.ReturnVisits.AnyAsync(ct)) return 0;
        var orders = await db.WorkOrders.AsNoTracking().Where(o => o.ResolvedAt != null && o.MasterId == null).OrderBy(o => o.Id).ToListAsync(ct);
        if (orders.Count == 0) return 0;
        var (signature, _) = await files.SaveAsync(new MemoryStream(SignaturePng()), "signature-demo.png", null, ct);
        var rng = new Random(20251001);
        var options = new ReturnVisitOptions();
        var visits = new List<ReturnVisit>();
        foreach (var o in orders)
        {
            if (ReturnVisitRules.OnResolved(o, o.ResolvedAt!.Value, options, null) is not { } v) continue;
            visits.Add(v);
            var closed = v.OverdueAt < now;
            if (!closed && (v.OpensAt > now || rng.NextDouble() < 0.6)) continue; // still pending or due
            if (closed && rng.NextDouble() < (v.Reason == VisitReason.Complaint ? 0.03 : 0.08)) continue; // missed
            var window = (v.DueAt - v.OpensAt).TotalMinutes;
            var late = rng.NextDouble() < 0.08;
            v.DoneAt = late ? v.DueAt.AddMinutes(rng.NextDouble() * Math.Max(60, (v.OverdueAt - v.DueAt).TotalMinutes))
                : v.OpensAt.AddMinutes(30 + rng.NextDouble() * Math.Max(30, window - 60));
            if (v.DoneAt > now) v.DoneAt = now.AddMinutes(-5);
            var x = rng.NextDouble();
            v.Method = v.Reason == VisitReason.Complaint
                ? x < 0.66 ? VisitMethod.Home : x < 0.95 ? VisitMethod.Phone : VisitMethod.Form
                : x < 0.25 ? VisitMethod.Home : x < 0.85 ? VisitMethod.Phone : VisitMethod.Form;
            if (v.Method == VisitMethod.Home) v.SignatureFileId = signature?.Id;
            var y = rng.NextDouble();
            v.Outcome = y < 0.84 ? VisitOutcome.Satisfied : y < 0.97 ? VisitOutcome.BasicallySatisfied : VisitOutcome.Unsatisfied;
            var good = v.Outcome != VisitOutcome.Unsatisfied;
            v.QualityScore = good ? rng.Next(4, 6) : rng.Next(1, 3);
            v.TimelinessScore = good ? rng.Next(late ? 3 : 4, 6) : rng.Next(1, 4);
            v.AttitudeScore = good ? rng.Next(4, 6) : rng.Next(2, 4);
            v.Comment = good ? Praise[rng.Next(Praise.Length)] : Complaints[rng.Next(Complaints.Length)];
            v.VisitedById = o.ReceiverId;
            // Old unsatisfied visits were settled by the project manager; the last fortnight's still wait for a decision.
            if (!good && now - v.DoneAt > TimeSpan.FromDays(14))
            {
                v.Decision = VisitDecision.CloseByManager;
                v.DecisionNote = "已由项目经理当面解释并取得谅解";
                v.DecidedAt = v.DoneAt.Value.AddDays(1);
            }
        }
        // One visit of the last week, "basically satisfied" if there is one, ended with a threat: text insight reads it red
        // (DemoInsight) and it waits for the supervisor's decision. Chosen after the draws, so every other figure stays, and
        // in 翠湖花园, whose supervisor the demo signs in as (on some days the latest such visit was in a third project).
        var home = await db.Projects.Where(p => p.Code == "CHY").Select(p => p.Id).FirstOrDefaultAsync(ct);
        if (visits.Where(v => v.ProjectId == home && v.DoneAt > now.AddDays(-6) && v.Outcome != VisitOutcome.Unsatisfied && v.Decision == null)
                .OrderBy(v => v.Outcome == VisitOutcome.BasicallySatisfied ? 0 : 1).ThenByDescending(v => v.DoneAt).FirstOrDefault() is { } threat)
        {
            threat.Comment = "这次是处理了，但拖了整整一周。下次再这样我直接打12345投诉你们";
            threat.TimelinessScore = 2;
        }
        db.ReturnVisits.AddRange(visits);
        await db.SaveChangesAsync(ct);
        return visits.Count;
    }

    /// <summary>A handwritten-looking stroke on a white 300×100 PNG, made without an imaging library.</summary>
    public static byte[] SignaturePng()
    {
        const int w = 300, h = 100;
        var pixels = new byte[h, w];
        for (var t = 0.0; t < 1; t += 0.0004)
        {
            var x = (int)(20 + t * 260);
            var y = (int)(50 + 22 * Math.Sin(t * 19) * Math.Cos(t * 5) + 8 * Math.Sin(t * 61));
            for (var dx = 0; dx < 2; dx++)
                for (var dy = 0; dy < 2; dy++)
                    if (x + dx < w && y + dy is >= 0 and < h) pixels[y + dy, x + dx] = 1;
        }
        return GreyPng(w, h, (x, y) => pixels[y, x] == 1 ? (byte)20 : (byte)255);
    }

    /// <summary>An 8-bit greyscale PNG of the given pixels: demo signatures and placeholder photos without an imaging library.</summary>
    public static byte[] GreyPng(int w, int h, Func<int, int, byte> pixel)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < h; y++)
        {
            raw.WriteByte(0); // no filter
            for (var x = 0; x < w; x++) raw.WriteByte(pixel(x, y));
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian((uint)w), .. BigEndian((uint)h), 8, 0, 0, 0, 0]);
        using (var z = new MemoryStream())
        {
            using (var deflate = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(raw.ToArray());
            Chunk(png, "IDAT", z.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        s.Write(BigEndian((uint)data.Length));
        s.Write(typeBytes);
        s.Write(data);
        s.Write(BigEndian(Crc32([.. typeBytes, .. data])));
    }

    private static byte[] BigEndian(uint v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
