//! `claimgraph sql`: read-only SQL on the store.

use serde_json::{Map, Value};

use super::{QueryError, Result, Store};

/// The result of a SQL query: column names and rows of JSON values.
#[derive(Debug, Clone)]
pub struct SqlResult {
    /// Column names.
    pub columns: Vec<String>,
    /// Rows, one value per column (integers, reals, text, null; blobs as
    /// hex text).
    pub rows: Vec<Vec<Value>>,
}

impl SqlResult {
    /// The rows as JSON objects keyed by column name.
    pub fn objects(&self) -> Vec<Map<String, Value>> {
        self.rows
            .iter()
            .map(|r| {
                self.columns
                    .iter()
                    .cloned()
                    .zip(r.iter().cloned())
                    .collect()
            })
            .collect()
    }
}

impl Store {
    /// Runs one statement on the read-only store.
    pub fn sql(&self, query: &str) -> Result<SqlResult> {
        let mut st = self
            .conn
            .prepare(query)
            .map_err(|e| QueryError::Invalid(format!("bad SQL: {e}")))?;
        if !st.readonly() {
            return Err(QueryError::Invalid(
                "the store is read-only: only SELECT (and read-only PRAGMA) statements".into(),
            ));
        }
        let columns: Vec<String> = st.column_names().iter().map(|s| s.to_string()).collect();
        let n = columns.len();
        let rows = st
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        use rusqlite::types::ValueRef;
                        Ok(match r.get_ref(i)? {
                            ValueRef::Null => Value::Null,
                            ValueRef::Integer(x) => Value::from(x),
                            ValueRef::Real(x) => Value::from(x),
                            ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t)),
                            ValueRef::Blob(b) => Value::from(
                                b.iter().map(|x| format!("{x:02x}")).collect::<String>(),
                            ),
                        })
                    })
                    .collect::<rusqlite::Result<Vec<Value>>>()
            })
            .and_then(|it| it.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| QueryError::Invalid(format!("SQL failed: {e}")))?;
        Ok(SqlResult { columns, rows })
    }
}
