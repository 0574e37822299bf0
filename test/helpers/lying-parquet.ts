/**
 * Parquet files whose footer lies: hyparquet-writer's ParquetWriter, with the row counts of the
 * row groups (and the file) overwritten before the footer is written. The pages hold the real rows.
 */
import { ByteWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';

type ColumnData = Parameters<typeof schemaFromColumnData>[0]['columnData'];

/**
 * A Parquet file of `columnData` whose row groups each claim `claimedRows` rows; with `columnsToo`,
 * its column chunks claim as many values (only the pages tell the truth then).
 */
export function lyingParquet(columnData: ColumnData, claimedRows: bigint, columnsToo = false): Uint8Array {
  const writer = new ByteWriter();
  const pq = new ParquetWriter({ writer, schema: schemaFromColumnData({ columnData }) });
  pq.write({ columnData });
  const internals = pq as unknown as { row_groups: { num_rows: bigint; columns: { meta_data: { num_values: bigint } }[] }[]; num_rows: bigint };
  for (const group of internals.row_groups) {
    group.num_rows = claimedRows;
    if (columnsToo) for (const column of group.columns) column.meta_data.num_values = claimedRows;
  }
  internals.num_rows = claimedRows * BigInt(internals.row_groups.length);
  pq.finish();
  return new Uint8Array(writer.getBuffer());
}
