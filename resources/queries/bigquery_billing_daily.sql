-- Google Cloud billing export (standard usage cost) → one row per day, SKU, project, region,
-- label set and unit, for the services asked for. Run by providers/BigQueryBillingClient
-- through BigQuery's jobs.query in standard SQL with named parameters; {{TABLE}} is replaced
-- by the connection's table id after it has been checked to be project.dataset.table.
SELECT FORMAT_DATE('%Y-%m-%d', DATE(usage_start_time)) AS day,
       service.description AS service,
       sku.id AS sku_id,
       sku.description AS sku,
       IFNULL(project.id, '') AS project,
       IFNULL(location.region, '') AS region,
       TO_JSON_STRING(ARRAY(SELECT AS STRUCT l.key, l.value FROM UNNEST(labels) AS l
                            ORDER BY l.key, l.value)) AS labels,
       IFNULL(usage.unit, '') AS unit,
       currency,
       SUM(usage.amount) AS usage_amount,
       SUM(cost) AS cost,
       SUM(IFNULL((SELECT SUM(c.amount) FROM UNNEST(credits) AS c), 0)) AS credits
FROM `{{TABLE}}`
WHERE usage_start_time >= @from_time AND usage_start_time < @to_time
  AND service.description IN UNNEST(@services)
GROUP BY day, service, sku_id, sku, project, region, labels, unit, currency
ORDER BY day, sku_id, project, region, labels
