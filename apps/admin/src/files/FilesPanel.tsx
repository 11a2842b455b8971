import CameraIcon from '@mui/icons-material/PhotoCameraOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import FileIcon from '@mui/icons-material/InsertDriveFileOutlined';
import ImageIcon from '@mui/icons-material/ImageOutlined';
import PdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import {
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  LinearProgress,
  Link,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useNotify, usePermissions, useTranslate } from 'react-admin';
import { formatDateTime } from '../lib/format';
import { FilePreview } from './FilePreview';
import { deleteFile, downloadFile, filesKey, formatSize, listFiles, uploadFile, type FileOwner, type StoredFile } from './filesApi';

const MAX_LABEL = '20 MB';
const kindIcon = (f: StoredFile) =>
  f.contentType === 'application/pdf' ? (
    <PdfIcon color="error" />
  ) : f.contentType.startsWith('image/') ? (
    <ImageIcon color="primary" />
  ) : (
    <FileIcon color="action" />
  );

/**
 * 附件 of a target, a contact log or a firm: drop files or pick them, or take a photo with the
 * phone's camera; list, preview (images, PDF), download, delete. The API checks each call
 * against the record; the upload buttons show to those who may write at all (not leaders).
 */
export function FilesPanel({ owner, id, title }: { owner: FileOwner; id: string | number; title?: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { permissions: role } = usePermissions<string>();
  const canUpload = !!role && role !== 'leader';
  const { data: files = [], isPending } = useQuery({ queryKey: filesKey(owner, id), queryFn: () => listFiles(owner, id) });
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [previewing, setPreviewing] = useState<StoredFile | null>(null);
  const [deleting, setDeleting] = useState<StoredFile | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const camera = useRef<HTMLInputElement>(null);

  const upload = async (list: FileList | File[] | null) => {
    if (!list?.length) return;
    setBusy(true);
    for (const file of Array.from(list)) {
      try {
        const saved = await uploadFile(owner, id, file);
        notify('people.files.uploaded', { type: 'success', messageArgs: { name: saved.fileName } });
      } catch (e) {
        notify(`${file.name} — ${e instanceof Error ? e.message : String(e)}`, { type: 'error' });
      }
    }
    setBusy(false);
    await queryClient.invalidateQueries({ queryKey: filesKey(owner, id) });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (canUpload) void upload(e.dataTransfer.files);
  };
  const remove = async () => {
    if (!deleting) return;
    try {
      await deleteFile(deleting.id);
      notify('people.files.deleted', { type: 'success' });
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    }
    setDeleting(null);
    await queryClient.invalidateQueries({ queryKey: filesKey(owner, id) });
  };

  return (
    <Card variant="outlined" data-testid={`files-${owner}`}>
      <CardContent>
        <Typography variant="h6">{title ?? translate('people.files.title')}</Typography>
        {canUpload && (
          <Box
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
            data-testid="file-drop"
            sx={{
              mt: 1,
              p: 1.5,
              border: '2px dashed',
              borderColor: over ? 'primary.main' : 'divider',
              borderRadius: 1,
              bgcolor: over ? 'action.hover' : undefined,
              textAlign: 'center',
            }}
          >
            <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center', alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>
                {translate('people.files.drop')}
              </Typography>
              <Button size="small" variant="outlined" startIcon={<UploadIcon />} disabled={busy} onClick={() => picker.current?.click()}>
                {translate('people.files.choose')}
              </Button>
              <Button size="small" variant="contained" startIcon={<CameraIcon />} disabled={busy} onClick={() => camera.current?.click()}>
                {translate('people.files.camera')}
              </Button>
            </Box>
            <Typography variant="caption" color="text.secondary">
              {translate('people.files.limits', { size: MAX_LABEL })}
            </Typography>
            <input
              ref={picker}
              type="file"
              multiple
              hidden
              data-testid="file-input"
              onChange={(e) => {
                void upload(e.target.files);
                e.target.value = '';
              }}
            />
            <input
              ref={camera}
              type="file"
              accept="image/*"
              capture="environment"
              hidden
              data-testid="camera-input"
              onChange={(e) => {
                void upload(e.target.files);
                e.target.value = '';
              }}
            />
            {busy && <LinearProgress sx={{ mt: 1 }} aria-label={translate('people.files.uploading')} />}
          </Box>
        )}
        {!isPending && files.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('people.files.empty')}
          </Typography>
        )}
        {files.map((f) => (
          <Box
            key={f.id}
            data-testid="stored-file"
            sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.75, borderTop: 1, borderColor: 'divider', mt: 1 }}
          >
            {kindIcon(f)}
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Link
                component="button"
                type="button"
                underline="hover"
                onClick={() => (f.previewable ? setPreviewing(f) : void downloadFile(f))}
                sx={{ textAlign: 'left', wordBreak: 'break-all' }}
              >
                {f.fileName}
              </Link>
              <Typography variant="caption" color="text.secondary" component="div">
                {formatSize(f.size)} · {f.uploadedByName ?? '—'} · {formatDateTime(f.createdAt)}
              </Typography>
            </Box>
            <Tooltip title={translate('people.files.download')}>
              <IconButton size="small" aria-label={translate('people.files.download')} onClick={() => void downloadFile(f)}>
                <DownloadIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            {canUpload && (
              <Tooltip title={translate('people.files.delete')}>
                <IconButton size="small" aria-label={translate('people.files.delete')} onClick={() => setDeleting(f)}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            )}
          </Box>
        ))}
      </CardContent>
      {previewing && <FilePreview file={previewing} onClose={() => setPreviewing(null)} />}
      <Dialog open={!!deleting} onClose={() => setDeleting(null)}>
        <DialogTitle>{translate('people.files.delete_title', { name: deleting?.fileName ?? '' })}</DialogTitle>
        <DialogContent />
        <DialogActions>
          <Button onClick={() => setDeleting(null)}>{translate('ra.action.cancel')}</Button>
          <Button color="error" variant="contained" onClick={remove}>
            {translate('people.files.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
