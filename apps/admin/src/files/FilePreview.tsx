import { Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { downloadFile, fileBlob, type StoredFile } from './filesApi';

/** An image or PDF shown in a dialog from a blob URL (the API wants the token; the URL dies with the dialog). */
export function FilePreview({ file, onClose }: { file: StoredFile; onClose: () => void }) {
  const translate = useTranslate();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    fileBlob(file.id, true)
      .then((b) => setUrl((made = URL.createObjectURL(b))))
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [file.id]);
  const isPdf = file.contentType === 'application/pdf';
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="file-preview">
      <DialogTitle sx={{ wordBreak: 'break-all' }}>{file.fileName}</DialogTitle>
      <DialogContent sx={{ textAlign: 'center' }}>
        {failed && <Typography color="error">{failed}</Typography>}
        {!url && !failed && <CircularProgress />}
        {url && !isPdf && <Box component="img" src={url} alt={file.fileName} sx={{ maxWidth: '100%', maxHeight: '70vh' }} />}
        {url && isPdf && <Box component="iframe" src={url} title={file.fileName} sx={{ width: '100%', height: '70vh', border: 0 }} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void downloadFile(file)}>{translate('people.files.download')}</Button>
        <Button onClick={onClose}>{translate('people.files.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
