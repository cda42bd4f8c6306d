// Popup entry.
import '../ui/styles.css';
import './popup.css';
import { mountPage } from '../ui/page.js';
import { Popup } from './Popup.js';

mountPage(Popup, 'popupTitle');
